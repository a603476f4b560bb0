using KnowledgeHub.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace KnowledgeHub.Api.Health;

/// <summary>
/// Ready when the database answers a real query within the check timeout; a reachable but empty
/// or corrupt file is not ready, and neither is a database that hangs or a pool with no free
/// connection (the query is left to finish on its own; the answer does not wait for it).
/// </summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<KnowledgeHubDbContext> contexts, IOptions<HealthOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await ProbeAsync(cancellationToken).WaitAsync(options.Value.CheckTimeout, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (TimeoutException)
        {
            return HealthCheckResult.Unhealthy($"The database did not answer within {options.Value.CheckTimeout.TotalSeconds:0.#} s.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", ex);
        }
    }

    private async Task ProbeAsync(CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(options.Value.CheckTimeout);
        await using var db = await contexts.CreateDbContextAsync(limit.Token);
        await db.Municipalities.AnyAsync(limit.Token);
    }
}
