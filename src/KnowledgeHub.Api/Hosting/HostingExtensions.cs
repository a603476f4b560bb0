using KnowledgeHub.GraphQL.Limits;

namespace KnowledgeHub.Api.Hosting;

public static class HostingExtensions
{
    /// <summary>Graceful shutdown and Kestrel's own limits, matched to the GraphQL limits.</summary>
    public static WebApplicationBuilder AddKnowledgeHubHosting(this WebApplicationBuilder builder)
    {
        SettingsBesideTheApp.Add(builder.Configuration, builder.Environment);
        var hosting = builder.Configuration.GetSection(HostingOptions.Section).Get<HostingOptions>() ?? new HostingOptions();
        var limits = builder.Configuration.GetSection(LimitsOptions.Section).Get<LimitsOptions>() ?? new LimitsOptions();
        // The drain comes out of the same budget: the host cancels it at the shutdown timeout.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = hosting.ShutdownTimeout + hosting.DrainPeriod);
        builder.Services.AddOptions<HostingOptions>().Bind(builder.Configuration.GetSection(HostingOptions.Section));
        builder.Services.AddHostedService<Draining>();
        // The endpoint enforces the body limit with a JSON answer; Kestrel's copy guards every other route.
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = limits.MaxRequestBodyBytes);
        return builder;
    }

    /// <summary>Logs the start of a drain, so an operator sees why new requests are refused.</summary>
    public static WebApplication UseKnowledgeHubShutdownLogging(this WebApplication app)
    {
        var logger = app.Logger;
        app.Lifetime.ApplicationStopping.Register(() => logger.LogInformation("Stopping: finishing requests in flight before shutting down"));
        app.Lifetime.ApplicationStopped.Register(() => logger.LogInformation("Stopped"));
        return app;
    }
}
