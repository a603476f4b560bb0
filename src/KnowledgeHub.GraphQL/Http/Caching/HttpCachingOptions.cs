namespace KnowledgeHub.GraphQL.Http.Caching;

/// <summary>Bound from "KnowledgeHub:HttpCaching". docs/performance.md explains the rules.</summary>
public sealed class HttpCachingOptions
{
    public const string Section = "KnowledgeHub:HttpCaching";

    /// <summary>Whether GET queries answer with an ETag and honour If-None-Match.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Memory for the server's own cache of recent answers to queries, GET or POST (0 turns it
    /// off). The entries carry the content version in their key, so none outlives a write.
    /// </summary>
    public int ResponseCacheMegabytes { get; set; } = 64;

    /// <summary>
    /// Seconds a shared cache may serve an anonymous answer without asking again. 0 (the default)
    /// sends "public, no-cache": caches keep the answer but revalidate every time, which is cheap
    /// (a 304 without executing), so an unpublished record disappears at once.
    /// </summary>
    public int PublicMaxAgeSeconds { get; set; }

    /// <summary>
    /// How old the change-log position behind the ETags may get before a request re-reads it. This
    /// server's own writes move it at once; other writers (the command line, other servers on the
    /// same database) are seen within this interval.
    /// </summary>
    public TimeSpan VersionPollInterval { get; set; } = TimeSpan.FromSeconds(1);
}
