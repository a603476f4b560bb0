using KnowledgeHub.GraphQL.Http;
using KnowledgeHub.GraphQL.Documents;
using KnowledgeHub.GraphQL.Documents.Persisted;
using KnowledgeHub.GraphQL.Errors;
using KnowledgeHub.Api.GraphQL.Errors;
using KnowledgeHub.GraphQL.Http.Caching;
using KnowledgeHub.Api.GraphQL.Http.Caching;
using KnowledgeHub.GraphQL.Limits;

namespace KnowledgeHub.Api.GraphQL.Http;

public static class TransportExtensions
{
    /// <summary>The HTTP side of GraphQL: limits, document cache, persisted documents, error answers.</summary>
    public static IServiceCollection AddKnowledgeHubGraphQLTransport(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LimitsOptions>().Bind(configuration.GetSection(LimitsOptions.Section))
            .Validate(l => l.MaxRequestBodyBytes > 0 && l.MaxDocumentLength > 0 && l.MaxTokens > 0 && l.MaxDepth > 0 &&
                           l.MaxFields > 0 && l.MaxAliases >= 0 && l.MaxComplexity > 0 && l.ExecutionTimeout > TimeSpan.Zero,
                $"Every {LimitsOptions.Section} value must be positive.")
            .ValidateOnStart();
        services.AddOptions<DocumentCacheOptions>().Bind(configuration.GetSection(DocumentCacheOptions.Section));
        services.AddOptions<PersistedDocumentOptions>().Bind(configuration.GetSection(PersistedDocumentOptions.Section));
        services.AddSingleton<DocumentCache>();
        services.AddSingleton<TrustedDocumentStore>();
        services.AddSingleton<DocumentProvider>();
        services.AddSingleton<GraphQLExecution>();
        services.AddSingleton<IClientPartition, RateLimiting.RateLimitClientPartition>();
        services.AddSingleton<IOutageClassifier, DatabaseOutageClassifier>();
        services.AddSingleton<IGraphQLRequestObserver>(s => s.GetRequiredService<Observability.GraphQLRequestTelemetry>());
        services.AddSingleton<GraphQLRequestHandler>();
        services.AddKnowledgeHubHttpCaching(configuration);
        services.AddHostedService<Hosting.StartupWarmup>();
        services.AddExceptionHandler<JsonExceptionHandler>();
        // UseExceptionHandler() insists on a fallback; ours always answers first.
        services.AddProblemDetails();
        return services;
    }
}
