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
/// Decompounding against the corpus dictionary vs front n-grams on a separate field, measured on
/// the real seed data (docs/search.md has the numbers): the ranking cases (top-3 hits, mean
/// reciprocal rank) and compound recall/precision — for words that occur inside compounds, are
/// the records containing them (alone or in a compound) found, and only those?
/// </summary>
public sealed class CompoundStrategyMeasurement(SharedServer server, ITestOutputHelper output) : IClassFixture<SharedServer>
{
    private static readonly string[] CompoundWords =
    [
        "forebyggelse", "anbringelse", "strategi", "kommune", "familie", "behandling", "skole", "forældre",
        "udbredelse", "rådgivning", "program", "netværk", "opfølgning", "fravær", "indsats", "terapi",
    ];

    [Fact]
    public async Task Decompounding_ranks_at_least_as_well_as_ngrams()
    {
        var (documents, slugs) = await DocumentsAsync();
        var decompound = Measure(documents, slugs, CompoundStrategy.Decompound);
        var ngrams = Measure(documents, slugs, CompoundStrategy.EdgeNGrams);
        output.WriteLine($"decompound: {decompound}");
        output.WriteLine($"edge n-grams: {ngrams}");

        Assert.True(decompound.Top3 >= ngrams.Top3, $"{decompound} vs {ngrams}");
        Assert.True(decompound.F1 >= ngrams.F1, $"{decompound} vs {ngrams}");
        Assert.True(decompound.Recall >= 0.9, decompound.ToString());
    }

    private sealed record Result(double Top3, double Mrr, double Recall, double Precision)
    {
        public double F1 => 2 * Recall * Precision / (Recall + Precision);

        public override string ToString() =>
            $"top-3 {Top3:P1}, MRR {Mrr:F3}, compound recall {Recall:P1}, precision {Precision:P1}, F1 {F1:F3}";
    }

    private static Result Measure(List<SearchDocument> documents, Dictionary<int, string> slugs, CompoundStrategy strategy)
    {
        using var index = new SearchIndex(new RAMDirectory(), strategy);
        index.RebuildAsync(documents, "measurement").GetAwaiter().GetResult();
        var searcher = new RecordSearcher(index, Thesaurus.Load(Path.Combine(RepositoryPaths.SeedData, "search", "thesaurus.txt")));
        var statuses = new[] { SearchValues.Of(Domain.Records.RecordStatus.Published) };

        var ranks = RankingCases.All.Select(c =>
        {
            var (query, expected) = ((string)c[0], (string)c[1]);
            var hits = searcher.Search(new SearchRequest(query, statuses) { Limit = 10 }).Hits.Select(h => slugs[h.RecordId]).ToList();
            return hits.IndexOf(expected) + 1;
        }).ToList();

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

        return new Result(
            ranks.Count(r => r is > 0 and <= 3) / (double)ranks.Count,
            ranks.Average(r => r > 0 ? 1.0 / r : 0),
            found / relevant,
            found / retrieved);
    }

    private async Task<(List<SearchDocument> Documents, Dictionary<int, string> Slugs)> DocumentsAsync()
    {
        var contexts = server.Services.GetRequiredService<IDbContextFactory<KnowledgeHubDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        return (await SearchProjection.LoadAsync(db, null, CancellationToken.None), await db.Records.ToDictionaryAsync(r => r.Id, r => r.Slug));
    }
}
