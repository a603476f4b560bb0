namespace KnowledgeHub.GraphQL.Documents;

/// <summary>Bound from "KnowledgeHub:DocumentCache".</summary>
public sealed class DocumentCacheOptions
{
    public const string Section = "KnowledgeHub:DocumentCache";

    /// <summary>Total characters of document text held; least recently used documents go first past it.</summary>
    public long SizeLimitCharacters { get; set; } = 4_000_000;

    /// <summary>A document nobody sent for this long leaves the cache.</summary>
    public TimeSpan SlidingExpiration { get; set; } = TimeSpan.FromHours(1);
}
