using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using KnowledgeHub.GraphQL.Http;

namespace KnowledgeHub.Api.RateLimiting;

/// <summary>
/// Who a request counts against: its API key (the SHA-256 of the bearer token, so keys are never
/// held in memory as themselves) or else its client address, as resolved by the forwarded-headers
/// middleware behind a proxy. Only the GraphQL endpoint is limited; health checks never are.
/// </summary>
public static class RateLimitPartitions
{
    public static PartitionedRateLimiter<HttpContext> Create(RateLimitingOptions options) =>
        PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<HttpContext, string>(http => !IsLimited(http) ? NoLimit
                : ApiKeyHash(http) is { } key ? Bucket("key:" + key, options.PerApiKey)
                : Bucket("address:" + Address(http), options.PerAddress)),
            PartitionedRateLimiter.Create<HttpContext, string>(http => IsLimited(http) && ApiKeyHash(http) is not null
                ? Bucket("ceiling:" + Address(http), options.AddressCeiling)
                : NoLimit));

    public static string? ApiKeyHash(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) || header.Length == scheme.Length)
        {
            return null;
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(header[scheme.Length..].Trim())));
    }

    /// <summary>The client a request counts against: its key if it sends one, else its address.</summary>
    public static string Client(HttpContext http) => ApiKeyHash(http) is { } key ? "key:" + key : "address:" + Address(http);

    public static string Address(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static bool IsLimited(HttpContext http) => http.Request.Path.StartsWithSegments(GraphQLHttpEndpoint.Path);

    private static readonly RateLimitPartition<string> NoLimit = RateLimitPartition.GetNoLimiter("none");

    private static RateLimitPartition<string> Bucket(string key, BucketLimit limit) =>
        RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = limit.PermitLimit,
            TokensPerPeriod = limit.PermitsPerPeriod,
            ReplenishmentPeriod = limit.Period,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
}
