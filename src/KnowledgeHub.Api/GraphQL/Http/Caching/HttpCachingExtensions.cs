using KnowledgeHub.GraphQL.Http.Caching;
using KnowledgeHub.Import.Changes;

namespace KnowledgeHub.Api.GraphQL.Http.Caching;

public static class HttpCachingExtensions
{
    public static IServiceCollection AddKnowledgeHubHttpCaching(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HttpCachingOptions>().Bind(configuration.GetSection(HttpCachingOptions.Section))
            .Validate(o => o.PublicMaxAgeSeconds >= 0 && o.ResponseCacheMegabytes >= 0 && o.VersionPollInterval >= TimeSpan.Zero, $"{HttpCachingOptions.Section} values must not be negative.")
            .ValidateOnStart();
        services.AddSingleton<ContentVersion>();
        services.AddSingleton<IContentVersion>(s => s.GetRequiredService<ContentVersion>());
        services.AddSingleton<IResponseAudience, Access.ActorResponseAudience>();
        services.AddSingleton<GraphQLHttpCache>();
        services.AddSingleton<GraphQLResponseCache>();
        services.AddSingleton<IRecordChangeHandler>(s => s.GetRequiredService<ContentVersion>());
        return services;
    }
}
