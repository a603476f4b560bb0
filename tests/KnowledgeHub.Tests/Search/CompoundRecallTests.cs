using KnowledgeHub.Data;
using KnowledgeHub.Import.Indexing;
using KnowledgeHub.Search.Analysis;
using KnowledgeHub.Search.Documents;
using KnowledgeHub.Search.Indexing;
using KnowledgeHub.Search.Querying;
using KnowledgeHub.Search.Searching;
using Lucene.Net.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace KnowledgeHub.Tests.Search;

/// <summary>
/// Decompounding against the corpus dictionary, measured on the real seed data (docs/search.md has
/// the numbers and the n-gram alternative it was chosen over): for words that occur inside
/// compounds, are the records containing them (alone or in a compound) found, and only those?
/// </summary>
public sealed class CompoundRecallTests(SharedServer server, ITestOutputHelper output) : IClassFixture<SharedServer>
{
    private static readonly string[] CompoundWords =
    [
        "forebyggelse", "anbringelse", "strategi", "kommune", "familie", "behandling", "skole", "forældre",
        "udbredelse", "rådgivning", "program", "netværk", "opfølgning", "fravær", "indsats", "terapi",
    ];

    [Fact]
    public async Task Words_inside_compounds_find_the_records_that_hold_them()
    {
        var documents = await DocumentsAsync();
        using var index = new SearchIndex(new RAMDirectory());
        await index.RebuildAsync(documents, "measurement");
        var searcher = new RecordSearcher(index, Thesaurus.Load(Path.Combine(RepositoryPaths.SeedData, "search", "thesaurus.txt")));
        var statuses = new[] { SearchValues.Of(Domain.Records.RecordStatus.Published) };

        double found = 0, relevant = 0, retrieved = 0;
        foreach (var word in CompoundWords)
        {
            var folded = DanishTextAnalyzer.FoldWord(word);
            var truth = documents.Where(d => SearchDocumentMapper.Texts(d)
                .SelectMany(t => SearchAnalyzers.Exact.Terms(SearchFields.Exact, t)).Any(w => w.Contains(folded, StringComparison.Ordinal)))
                .Select(d => d.Id).ToHashSet();
            var hits = searcher.Search(new SearchRequest(word, statuses) { Limit = documents.Count }).Hits.Select(h => h.RecordId).ToHashSet();
            found += hits.Intersect(truth).Count();
            relevant += truth.Count;
            retrieved += hits.Count;
        }

        var (recall, precision) = (found / relevant, found / retrieved);
        output.WriteLine($"compound recall {recall:P1}, precision {precision:P1}");
        Assert.True(recall >= 0.9, $"recall {recall:P1}");
        Assert.True(precision >= 0.9, $"precision {precision:P1}");
    }

    private async Task<List<SearchDocument>> DocumentsAsync()
    {
        var contexts = server.Services.GetRequiredService<IDbContextFactory<KnowledgeHubDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        return await SearchProjection.LoadAsync(db, null, CancellationToken.None);
    }
}
