using KnowledgeHub.GraphQL.Limits;

namespace KnowledgeHub.Api.RateLimiting;

/// <summary>Expensive operations are counted against the same client as the rate limits.</summary>
public sealed class RateLimitClientPartition : IClientPartition
{
    public string Of(HttpContext http) => RateLimitPartitions.Client(http);
}
