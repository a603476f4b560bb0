using GraphQL;
using GraphQL.Transport;
using KnowledgeHub.GraphQL.Documents;

namespace KnowledgeHub.GraphQL.Http;

/// <summary>Told of every answered request, cache hits and refusals included (the application's logs and metrics).</summary>
public interface IGraphQLRequestObserver
{
    void Record(HttpContext http, GraphQLRequest? request, CachedDocument? document, ExecutionResult result, TimeSpan duration, long bytes);
}
