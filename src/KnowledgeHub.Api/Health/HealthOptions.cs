namespace KnowledgeHub.Api.Health;

/// <summary>Bound from "KnowledgeHub:Health".</summary>
public sealed class HealthOptions
{
    public const string Section = "KnowledgeHub:Health";

    /// <summary>
    /// The longest a readiness check may take: a database that hangs or a pool with no free
    /// connection makes /readyz answer 503 within this, never hang past a balancer's probe timeout.
    /// </summary>
    public TimeSpan CheckTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long the change follower may keep failing before the server is unready: its search
    /// index no longer follows what other servers and the command line write. Shorter failures
    /// and a backlog being applied only mark the check Degraded (still 200).
    /// </summary>
    public TimeSpan MaxChangeFollowingFailure { get; set; } = TimeSpan.FromSeconds(30);
}
