namespace KnowledgeHub.GraphQL.Limits;

/// <summary>The client a request is counted against for the limit on concurrent expensive operations.</summary>
public interface IClientPartition
{
    string Of(HttpContext http);
}
