using KnowledgeHub.Import.Changes;
using KnowledgeHub.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
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

    /// <summary>
    /// The server keeps its index in step with the change log: its own commits at once (before the
    /// answer), and everyone else's (the command line, other servers on PostgreSQL) by following the
    /// log — woken by PostgreSQL NOTIFY where there is one, by polling always.
    /// </summary>
    public static IServiceCollection AddKnowledgeHubIndexFollowing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IRecordChangeHandler, SearchIndexChangeHandler>();
        services.AddSingleton<IRecordChangeHandler, PostgresChangeSignal>();
        services.AddOptions<ChangeFollowingOptions>().Bind(configuration.GetSection(ChangeFollowingOptions.Section));
        services.AddSingleton<ChangeFollowingStatus>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostedService<ChangeLogFollower>();
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
