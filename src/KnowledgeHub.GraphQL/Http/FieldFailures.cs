using KnowledgeHub.GraphQL.Errors;

namespace KnowledgeHub.GraphQL.Http;

/// <summary>
/// The unhandled exceptions of one request's fields, logged as one entry: a failed list of 50
/// wrote 100 stack traces (every DataLoader's waiters fail with the same exception). The first
/// exception stands for the rest, with their count; an unavailable database is a warning without
/// a stack trace, since the outage, not the code, is the cause.
/// </summary>
public sealed class FieldFailures
{
    private readonly Lock _lock = new();
    private Exception? _first;
    private int _count;

    public void Add(Exception exception)
    {
        lock (_lock)
        {
            _first ??= exception;
            _count++;
        }
    }

    public void Log(ILogger logger, string requestId, IOutageClassifier outages)
    {
        if (_first is null)
        {
            return;
        }

        if (outages.IsOutage(_first))
        {
            logger.LogWarning("Database unavailable in GraphQL request {RequestId} ({FailedFields} fields failed): {Reason}",
                requestId, _count, _first.GetBaseException().Message);
        }
        else
        {
            logger.LogError(_first, "Unhandled error in GraphQL request {RequestId} ({FailedFields} fields failed)", requestId, _count);
        }
    }
}
