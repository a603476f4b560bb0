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

    /// <summary>
    /// After SIGTERM, how long the server keeps serving while /readyz answers 503, so a load
    /// balancer sees it leave and stops sending before the listener closes (then requests in
    /// flight finish, within <see cref="ShutdownTimeout"/>). Longer than the balancer's readiness
    /// interval times its failure threshold; 0 stops at once (Development does).
    /// </summary>
    public TimeSpan DrainPeriod { get; set; } = TimeSpan.FromSeconds(10);
}
