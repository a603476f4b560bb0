using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeHub.Api.Health;

/// <summary>
/// /healthz: the process answers (liveness; restart it if not). /readyz: its dependencies answer
/// (readiness; send it traffic only then). Checks tagged "ready" decide readiness: the database
/// now, the search index when it arrives (<c>AddCheck&lt;T&gt;("index", tags: [HealthEndpoints.Ready])</c>).
/// </summary>
public static class HealthEndpoints
{
    public const string Ready = "ready";

    public static IServiceCollection AddKnowledgeHubHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [Ready]);
        return services;
    }

    /// <summary>The host maps these only after the database is migrated and seeded.</summary>
    public static IEndpointRouteBuilder MapKnowledgeHubHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = WriteAsync });
        return app;
    }

    /// <summary>Status per check, no exception text: the causes are in the log, not on a public URL.</summary>
    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
        };
        return http.Response.WriteAsync(JsonSerializer.Serialize(body), http.RequestAborted);
    }
}
