using KnowledgeHub.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeHub.Import.Indexing;

public static class SearchIndexingServiceCollectionExtensions
{
    /// <summary>Search, fed from the database; the thesaurus is read from seed-data/search/ unless configured.</summary>
    public static IServiceCollection AddKnowledgeHubSearchIndexing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddKnowledgeHubSearch(configuration);
        services.AddOptions<SearchOptions>().PostConfigure<IOptions<ImportOptions>>((search, import) =>
        {
            if (search.ThesaurusPath is null && TrySeedDirectory(import.Value) is { } seed)
            {
                search.ThesaurusPath = Path.Combine(seed, "search", "thesaurus.txt");
            }
        });
        services.AddSingleton<SearchIndexer>();
        return services;
    }

    private static string? TrySeedDirectory(ImportOptions options)
    {
        try
        {
            return options.ResolveSeedDirectory();
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    }
}
