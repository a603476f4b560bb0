using KnowledgeHub.Import.Indexing;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace KnowledgeHub.Api.Health;

/// <summary>
/// Whether this server's search index follows the change log: how many changes it is behind, how
/// long since the follower last caught up, and whether it listens or polls. Unready only when the
/// follower has been failing longer than <see cref="HealthOptions.MaxChangeFollowingFailure"/>;
/// behind but following is Degraded (200): every server applies a bulk import at the same time,
/// and taking them all out of the balancer for it would be an outage.
/// </summary>
public sealed class SearchIndexHealthCheck(SearchIndexer indexer, ChangeFollowingStatus following, TimeProvider time, IOptions<HealthOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var (lastCaughtUp, failingSince) = following.Read();
        var now = time.GetUtcNow();
        var applied = indexer.AppliedSequence;
        var data = new Dictionary<string, object>
        {
            ["appliedChange"] = applied,
            ["secondsSinceCatchUp"] = Math.Round((now - lastCaughtUp).TotalSeconds, 1),
            ["following"] = following.Listening ? "listen" : "poll",
        };
        if (failingSince is { } since)
        {
            data["failingForSeconds"] = Math.Round((now - since).TotalSeconds, 1);
            if (now - since > options.Value.MaxChangeFollowingFailure)
            {
                return HealthCheckResult.Unhealthy("The change follower keeps failing.", data: data);
            }
        }

        try
        {
            var last = await indexer.LastSequenceAsync(cancellationToken).WaitAsync(options.Value.CheckTimeout, cancellationToken);
            data["lastChange"] = last;
            data["behind"] = Math.Max(0, last - applied);
            return last > applied ? HealthCheckResult.Degraded("Applying changes.", data: data) : HealthCheckResult.Healthy(data: data);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The database check reports the database; this one says only that the lag is unknown.
            return HealthCheckResult.Degraded("The change log could not be read.", data: data);
        }
    }
}
