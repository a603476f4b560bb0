namespace KnowledgeHub.Api.Health;

public static class HealthEndpoints
{
    /// <summary>The host maps this only after the database is migrated and seeded, so a 200 means ready.</summary>
    public static IEndpointRouteBuilder MapKnowledgeHubHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => Results.Text("ok"));
        return app;
    }
}
