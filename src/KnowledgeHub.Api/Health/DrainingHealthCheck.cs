using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeHub.Api.Health;

/// <summary>Unready from SIGTERM on, while the server drains (see Hosting.Draining).</summary>
public sealed class DrainingHealthCheck(IHostApplicationLifetime lifetime) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(lifetime.ApplicationStopping.IsCancellationRequested
            ? HealthCheckResult.Unhealthy("Stopping: draining requests.")
            : HealthCheckResult.Healthy());
}
