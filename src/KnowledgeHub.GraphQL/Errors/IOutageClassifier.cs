namespace KnowledgeHub.GraphQL.Errors;

/// <summary>
/// Tells an outage of something the server depends on (its database) from a fault in a request,
/// so that it is answered 503 with Retry-After instead of 500, and logged without a stack trace.
/// </summary>
public interface IOutageClassifier
{
    bool IsOutage(Exception? exception);
}
