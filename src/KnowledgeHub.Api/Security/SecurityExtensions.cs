using System.Net;
using KnowledgeHub.GraphQL.Limits;
using Microsoft.AspNetCore.HttpOverrides;

namespace KnowledgeHub.Api.Security;

public static class SecurityExtensions
{
    /// <summary>
    /// What GraphQL clients send from a browser besides the body: Apollo Client's client awareness
    /// and CSRF-prevention headers, and W3C trace context from browser telemetry. A header missing
    /// here fails the preflight, and the client sees only a network error.
    /// </summary>
    public static readonly string[] ClientHeaders =
    [
        "Content-Type", "Accept", "Authorization",
        "apollographql-client-name", "apollographql-client-version", "x-apollo-operation-name", "apollo-require-preflight",
        "traceparent", "tracestate", "baggage",
    ];

    public static IServiceCollection AddKnowledgeHubSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        var cors = configuration.GetSection(CorsSettings.Section).Get<CorsSettings>() ?? new CorsSettings();
        services.AddCors(o => o.AddDefaultPolicy(policy =>
        {
            if (cors.AllowedOrigins.Length == 0 || cors.AllowedOrigins.Contains("*"))
            {
                policy.AllowAnyOrigin();
            }
            else
            {
                policy.WithOrigins(cors.AllowedOrigins);
            }

            policy.WithMethods("GET", "POST")
                .WithHeaders([.. ClientHeaders, CostReport.Header])
                .WithExposedHeaders("Retry-After")
                .SetPreflightMaxAge(cors.PreflightMaxAge);
        }));

        var forwarded = configuration.GetSection(ForwardedHeadersSettings.Section).Get<ForwardedHeadersSettings>() ?? new ForwardedHeadersSettings();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            o.ForwardLimit = forwarded.ForwardLimit;
            foreach (var proxy in forwarded.KnownProxies)
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in forwarded.KnownNetworks)
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return services;
    }

    /// <summary>Forwarded headers first (the rate limiter needs the real client address), then headers and CORS.</summary>
    public static WebApplication UseKnowledgeHubSecurity(this WebApplication app)
    {
        var forwarded = app.Configuration.GetSection(ForwardedHeadersSettings.Section).Get<ForwardedHeadersSettings>();
        if (forwarded?.Enabled == true)
        {
            app.UseForwardedHeaders();
        }

        app.UseKnowledgeHubSecurityHeaders();
        app.UseCors();
        return app;
    }
}
