using KnowledgeHub.Search.Indexing;
using KnowledgeHub.Search.Querying;
using KnowledgeHub.Search.Searching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeHub.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>The index (one writer for the process), the searchers over it and the thesaurus.</summary>
    public static IServiceCollection AddKnowledgeHubSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SearchOptions>()
            .Bind(configuration.GetSection("KnowledgeHub:Search"))
            .PostConfigure(o => o.IndexDirectory ??= Path.Combine(Path.GetFullPath(configuration["KnowledgeHub:DataDirectory"] ?? "data"), "index"));
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<SearchOptions>>().Value;
            return SearchIndex.OpenDirectory(options.IndexDirectory!);
        });
        services.AddSingleton(sp => LoadThesaurus(sp.GetRequiredService<IOptions<SearchOptions>>().Value, sp.GetRequiredService<ILogger<Thesaurus>>()));
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<SearchOptions>>().Value;
            return new ReaderCache.PerReader(Math.Max(1, options.ScoreCacheMegabytes) * (1L << 20), options.ResultCacheSize);
        });
        services.AddSingleton<RecordSearcher>();
        services.AddSingleton<Suggester>();
        services.AddSingleton<RelatedRecords>();
        return services;
    }

    private static Thesaurus LoadThesaurus(SearchOptions options, ILogger logger)
    {
        if (options.ThesaurusPath is { } path && File.Exists(path))
        {
            return Thesaurus.Load(path);
        }

        logger.LogWarning("No thesaurus at {Path}; searching without synonyms", options.ThesaurusPath);
        return Thesaurus.Empty;
    }
}
