using System.Globalization;
using System.Threading.RateLimiting;
using GraphQL;
using KnowledgeHub.GraphQL.Errors;
using KnowledgeHub.GraphQL.Http;
using KnowledgeHub.GraphQL.Limits;
using KnowledgeHub.Api.Observability;
using Microsoft.AspNetCore.RateLimiting;

namespace KnowledgeHub.Api.RateLimiting;

public static class RateLimitingExtensions
{
    public static IServiceCollection AddKnowledgeHubRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(RateLimitingOptions.Section);
        services.AddOptions<RateLimitingOptions>().Bind(section);
        var options = section.Get<RateLimitingOptions>() ?? new RateLimitingOptions();
        services.AddRateLimiter(limiter =>
        {
            if (options.Enabled)
            {
                limiter.GlobalLimiter = RateLimitPartitions.Create(options);
            }

            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, cancellationToken) => RejectAsync(context, options, cancellationToken);
        });
        return services;
    }

    /// <summary>429 with Retry-After and a GraphQL error that states the limit.</summary>
    private static async ValueTask RejectAsync(OnRejectedContext context, RateLimitingOptions options, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var keyed = RateLimitPartitions.ApiKeyHash(http) is not null;
        var limit = keyed ? options.PerApiKey : options.PerAddress;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : limit.Period;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        http.RequestServices.GetRequiredService<KnowledgeHubMetrics>().RecordRateLimited(keyed ? "api_key" : "address");

        var message = $"Rate limit exceeded: at most {limit.Describe()} per {(keyed ? "API key" : "client address")}. Retry after {seconds} s.";
        var result = new ExecutionResult { Executed = false, Errors = [LimitError.RateLimited(message)] };
        var mediaType = ResponseMediaType.Negotiate(http.Request.Headers.Accept.ToString()) ?? ResponseMediaType.Json;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        await http.RequestServices.GetRequiredService<IGraphQLTextSerializer>().WriteAsync(http.Response.Body, result, cancellationToken);
    }
}
