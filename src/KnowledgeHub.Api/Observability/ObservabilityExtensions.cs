using GraphQL.Telemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace KnowledgeHub.Api.Observability;

public static class ObservabilityExtensions
{
    /// <summary>
    /// OpenTelemetry traces (ASP.NET Core, GraphQL.NET, ours) and metrics (ASP.NET Core, Kestrel,
    /// rate limiting, ours), exported as configured. Logs are JSON through the console logger's
    /// own configuration (Logging:Console:FormatterName in appsettings.json).
    /// </summary>
    public static WebApplicationBuilder AddKnowledgeHubObservability(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(TelemetryOptions.Section);
        builder.Services.AddOptions<TelemetryOptions>().Bind(section);
        builder.Services.AddSingleton<KnowledgeHubMetrics>();
        builder.Services.AddSingleton<GraphQLRequestTelemetry>();

        var options = section.Get<TelemetryOptions>() ?? new TelemetryOptions();
        var exporter = options.Exporter.Trim().ToLowerInvariant();
        if (exporter is not ("none" or "console" or "otlp"))
        {
            throw new InvalidOperationException($"{TelemetryOptions.Section}:Exporter must be none, console or otlp; it is '{options.Exporter}'.");
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(options.ServiceName))
            .WithTracing(t => t
                .AddAspNetCoreInstrumentation()
                .AddSource(GraphQLTelemetryProvider.SourceName))
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddMeter(KnowledgeHubMetrics.Name, "Microsoft.AspNetCore.RateLimiting", "Microsoft.AspNetCore.Server.Kestrel"));
        if (exporter == "console")
        {
            telemetry.WithTracing(t => t.AddConsoleExporter()).WithMetrics(m => m.AddConsoleExporter());
        }
        else if (exporter == "otlp")
        {
            Action<OpenTelemetry.Exporter.OtlpExporterOptions> otlp = o =>
            {
                if (!string.IsNullOrWhiteSpace(options.OtlpEndpoint))
                {
                    o.Endpoint = new Uri(options.OtlpEndpoint);
                }
            };
            telemetry.WithTracing(t => t.AddOtlpExporter(otlp)).WithMetrics(m => m.AddOtlpExporter(otlp));
        }

        return builder;
    }
}
