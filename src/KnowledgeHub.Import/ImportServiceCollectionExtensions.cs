using KnowledgeHub.Import.Seed;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeHub.Import;

public static class ImportServiceCollectionExtensions
{
    public static IServiceCollection AddKnowledgeHubImport(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ImportOptions>().Bind(configuration.GetSection("KnowledgeHub"));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<SeedImporter>();
        services.AddSingleton<DatabaseInitializer>();
        return services;
    }
}
