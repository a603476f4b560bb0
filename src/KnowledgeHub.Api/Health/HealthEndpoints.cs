using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeHub.Api.Health;

/// <summary>
/// /healthz: the process answers (liveness; restart it if not). /readyz: its dependencies answer
/// (readiness; send it traffic only then). Checks tagged "ready" decide readiness: the database,
/// the search index following the change log, and not draining. docs/deployment.md has the body.
/// </summary>
public static class HealthEndpoints
{
    public const string Ready = "ready";

    public static IServiceCollection AddKnowledgeHubHealth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HealthOptions>().Bind(configuration.GetSection(HealthOptions.Section));
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [Ready])
            .AddCheck<SearchIndexHealthCheck>("searchIndex", tags: [Ready])
            .AddCheck<DrainingHealthCheck>("draining", tags: [Ready]);
        return services;
    }

    /// <summary>The host maps these only after the database is migrated and seeded.</summary>
    public static IEndpointRouteBuilder MapKnowledgeHubHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = WriteAsync });
        return app;
    }

    /// <summary>
    /// Status per check and the search index's figures; no exception text: the causes are in the
    /// log, not on a public URL. Never cached: a balancer must see the current state.
    /// </summary>
    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
            details = report.Entries.Where(e => e.Value.Data.Count > 0).ToDictionary(e => e.Key, e => e.Value.Data),
        };
        return http.Response.WriteAsync(JsonSerializer.Serialize(body), http.RequestAborted);
    }
}
