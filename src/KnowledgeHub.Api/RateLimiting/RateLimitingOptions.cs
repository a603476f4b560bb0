namespace KnowledgeHub.Api.RateLimiting;

/// <summary>
/// Bound from "KnowledgeHub:RateLimiting". Token buckets: a client may send a burst of
/// <see cref="BucketLimit.PermitLimit"/> requests and then <see cref="BucketLimit.PermitsPerPeriod"/>
/// per <see cref="BucketLimit.Period"/>. A municipality's frontend, even one rendering on its own
/// server for all its visitors, stays far below; a scraper looping without pause does not.
/// </summary>
public sealed class RateLimitingOptions
{
    public const string Section = "KnowledgeHub:RateLimiting";

    public bool Enabled { get; set; } = true;

    /// <summary>Requests without an API key, per client address.</summary>
    public BucketLimit PerAddress { get; set; } = new() { PermitLimit = 200, PermitsPerPeriod = 20 };

    /// <summary>Requests with an API key (Authorization: Bearer), per key.</summary>
    public BucketLimit PerApiKey { get; set; } = new() { PermitLimit = 400, PermitsPerPeriod = 40 };

    /// <summary>
    /// All requests with API keys from one address together. Keys are not verified yet, so
    /// without this a client could invent a fresh key per request and never be limited.
    /// </summary>
    public BucketLimit AddressCeiling { get; set; } = new() { PermitLimit = 800, PermitsPerPeriod = 80 };
}

public sealed class BucketLimit
{
    public int PermitLimit { get; set; }

    public int PermitsPerPeriod { get; set; }

    public TimeSpan Period { get; set; } = TimeSpan.FromSeconds(1);

    public string Describe() =>
        $"{PermitsPerPeriod} requests per {(Period == TimeSpan.FromSeconds(1) ? "second" : Period.ToString())} (bursts up to {PermitLimit})";
}
