namespace KnowledgeHub.Api.Hosting;

/// <summary>Bound from "KnowledgeHub:Hosting".</summary>
public sealed class HostingOptions
{
    public const string Section = "KnowledgeHub:Hosting";

    /// <summary>
    /// How long a stopping server waits for requests in flight (and for hosted services such as
    /// the search index to commit). Longer than the execution timeout, so no request is cut off.
    /// </summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
