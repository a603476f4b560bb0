using KnowledgeHub.Api.Imports;
using KnowledgeHub.Import.Access;
using Microsoft.AspNetCore.Authentication;

namespace KnowledgeHub.Api.Access;

public static class AccessServiceCollectionExtensions
{
    /// <summary>API keys and their authentication, and the limit on imports through the API.</summary>
    public static IServiceCollection AddKnowledgeHubEditing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ImportApiOptions>().Bind(configuration.GetSection(ImportApiOptions.Section));
        services.AddSingleton<ApiKeyService>();
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        return services;
    }
}
