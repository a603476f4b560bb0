using KnowledgeHub.Import.Changes;
using KnowledgeHub.Import.Records;
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
        services.AddSingleton<RecordChangeNotifier>();
        services.AddSingleton<SeedSchemas>();
        services.AddSingleton<RecordImporter>();
        services.AddSingleton<RecordEditor>();
        services.AddSingleton<RecordExporter>();
        services.AddSingleton<DatabaseInitializer>();
        return services;
    }
}
