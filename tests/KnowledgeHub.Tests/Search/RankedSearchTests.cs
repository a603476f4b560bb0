using KnowledgeHub.Data;
using KnowledgeHub.Import.Indexing;
using KnowledgeHub.Search.Documents;
using KnowledgeHub.Search.Indexing;
using KnowledgeHub.Search.Querying;
using KnowledgeHub.Search.Ranking;
using KnowledgeHub.Search.Searching;
using KnowledgeHub.Tests.Search.Oracles;
using Lucene.Net.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeHub.Tests.Search;

/// <summary>
/// The pruned relevance search (Ranking/) against Lucene scoring every match, on a corpus large
/// enough that the pruning runs (thousands of matches): the same totals and facets, and a page
/// whose every hit has Lucene's score for it and the scores Lucene's own page has.
/// </summary>
public sealed class RankedSearchTests(SharedServer server) : IClassFixture<SharedServer>, IDisposable
{
    private static readonly string[] Published = ["Published"];
    private SearchIndex? _index;

    public static TheoryData<string> Queries =>
    [
        "forebyggelse udsatte familier", "kommuner indsats", "\"tidlig indsats\"", "familie", "børn unge",
        "forebyg*", "indsats -familie", "+skole trivsel", "out-of-home placement", "forebygelse anbringlse",
        "tidlig opsporing og reaktion", "forældreprogram evidens", "", "PMTO", "netværk kommune samarbejde",
        "-familie", "\"tidlig indsats\" -skole",
        "børn unge familier forældre skole kommune indsats forebyggelse netværk trivsel samarbejde opsporing behandling sundhedspleje",
    ];

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Pruned_search_finds_what_scoring_every_match_finds(string query)
    {
        var index = await IndexAsync();
        var thesaurus = Thesaurus.Load(Path.Combine(RepositoryPaths.SeedData, "search", "thesaurus.txt"));
        var ranked = new RecordSearcher(index, thesaurus);
        foreach (var filter in new[] { SearchFilter.None, new SearchFilter { Kinds = ["Program", "FamilyProgram"] }, new SearchFilter { MinEvidenceRank = 3, AgeFrom = 6, AgeTo = 12 } })
        {
            foreach (var offset in new[] { 0, 10, 45 })
            {
                var request = new SearchRequest(query, Published) { Filter = filter, Offset = offset, Limit = 10 };
                var result = ranked.Search(request);
                var (total, page, scores, facets) = ScoreEveryMatch(index, thesaurus, request);

                var label = $"'{query}' {filter.Key(Published)} from {offset}";
                Assert.True(total == result.TotalCount, $"{label}: total {result.TotalCount}, Lucene {total}");
                Assert.Equal(page.Count, result.Hits.Count);
                for (var i = 0; i < page.Count; i++)
                {
                    var hit = result.Hits[i];
                    Assert.True(Near(page[i].Score, hit.Score), $"{label} #{i}: score {hit.Score}, Lucene's page has {page[i].Score}");
                    Assert.True(scores.TryGetValue(hit.RecordId, out var own) && Near(own, hit.Score), $"{label} #{i}: record {hit.RecordId} scored {hit.Score}, by Lucene {own}");
                }

                Assert.Equal(Describe(facets), Describe(ranked.Search(request with { Parts = SearchParts.Facets }).Facets));
            }
        }
    }

    [Theory]
    [InlineData("familie", SearchOrder.Newest)]
    [InlineData("kommuner indsats", SearchOrder.Title)]
    [InlineData("", SearchOrder.Title)]
    [InlineData("indsats -familie", SearchOrder.Newest)]
    public async Task Other_orders_page_and_score_as_Lucene_sorting_every_match(string query, SearchOrder order)
    {
        var index = await IndexAsync();
        var thesaurus = Thesaurus.Load(Path.Combine(RepositoryPaths.SeedData, "search", "thesaurus.txt"));
        var ranked = new RecordSearcher(index, thesaurus);
        var filter = new SearchFilter { Kinds = ["Program", "FamilyProgram"] };
        foreach (var offset in new[] { 0, 45 })
        {
            var request = new SearchRequest(query, Published) { Filter = filter, Order = order, Offset = offset, Limit = 10, Parts = SearchParts.Facets };
            var result = ranked.Search(request);
            var searcher = index.Searchers.Acquire();
            try
            {
                var built = new QueryBuilder(thesaurus, index.Analyzers.Splitter).Build(UserQueryParser.Parse(query));
                var sorted = Lucene.Net.Search.TopFieldCollector.Create(SearchSorts.For(order), offset + 11, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
                var facets = new FacetCollector(RecordSearcher.FacetFields);
                searcher.Search(built.Query, new Lucene.Net.Search.QueryWrapperFilter(filter.ToQuery(Published)), Lucene.Net.Search.MultiCollector.Wrap(sorted, facets));
                var page = sorted.GetTopDocs(offset, 10).ScoreDocs;

                Assert.Equal(sorted.TotalHits, result.TotalCount);
                Assert.Equal(page.Select(d => searcher.Doc(d.Doc).Get(SearchFields.Id)), result.Hits.Select(h => h.RecordId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                Assert.All(page.Zip(result.Hits), p => Assert.True(Near(p.First.Score, p.Second.Score), $"score {p.Second.Score}, Lucene {p.First.Score}"));
                Assert.Equal(Describe(facets.Results()), Describe(result.Facets));
            }
            finally
            {
                index.Searchers.Release(searcher);
            }
        }
    }

    [Fact]
    public async Task The_score_tree_refuses_a_similarity_its_cached_scores_do_not_assume()
    {
        var index = await IndexAsync();
        var searcher = index.Searchers.Acquire();
        try
        {
            var query = searcher.Rewrite(new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term(SearchFields.Title, "famili")));
            Assert.NotNull(ScoreTree.From(query, searcher.Similarity));
            Assert.Throws<InvalidOperationException>(() => ScoreTree.From(query, new Lucene.Net.Search.Similarities.BM25Similarity()));
            Assert.Throws<InvalidOperationException>(() => ScoreTree.From(query, new Lucene.Net.Search.Similarities.DefaultSimilarity()));
        }
        finally
        {
            index.Searchers.Release(searcher);
        }
    }

    [Theory]
    [InlineData("familie")]
    [InlineData("kommuner indsats")]
    [InlineData("forebyggelse udsatte familier")]
    public async Task Common_words_are_ranked_without_scoring_every_match(string query)
    {
        var index = await IndexAsync();
        var thesaurus = Thesaurus.Load(Path.Combine(RepositoryPaths.SeedData, "search", "thesaurus.txt"));
        var searcher = index.Searchers.Acquire();
        try
        {
            var built = new QueryBuilder(thesaurus, index.Analyzers.Splitter).Build(UserQueryParser.Parse(query));
            var tree = ScoreTree.From(searcher.Rewrite(built.Query), searcher.Similarity);
            var cache = new ReaderCache.PerReader(64L << 20).For(searcher.IndexReader);
            var allowed = cache.Filter(searcher, SearchFilter.None, Published);
            using var scratch = cache.Scratch();
            var result = RankedSearch.Search(searcher, tree, cache, allowed, 11, scratch);

            Assert.True(result.TotalHits > 2048, $"{result.TotalHits} matches: too few for pruning to run");
            Assert.True(result.Scored < result.TotalHits / 2, $"scored {result.Scored} of {result.TotalHits}");
        }
        finally
        {
            index.Searchers.Release(searcher);
        }
    }

    [Fact]
    public async Task Counts_facets_from_bitsets_as_the_collector_does()
    {
        var index = await IndexAsync();
        var searcher = index.Searchers.Acquire();
        try
        {
            var all = new Lucene.Net.Util.FixedBitSet(searcher.IndexReader.MaxDoc);
            all.Set(0, all.Length);
            var collector = new FacetCollector(RecordSearcher.FacetFields);
            searcher.Search(new Lucene.Net.Search.MatchAllDocsQuery(), collector);
            Assert.Equal(Describe(collector.Results()), Describe(FacetValues.Build(searcher.IndexReader).Count(all)));
        }
        finally
        {
            index.Searchers.Release(searcher);
        }
    }

    private static (int Total, IReadOnlyList<RankedHit> Page, Dictionary<long, float> Scores, IReadOnlyList<FacetResult> Facets) ScoreEveryMatch(
        SearchIndex index, Thesaurus thesaurus, SearchRequest request)
    {
        var searcher = index.Searchers.Acquire();
        try
        {
            var corrector = new TypoCorrector(searcher, SearchFilter.None.Documents(searcher, request.Statuses), thesaurus, index.Analyzers);
            var query = new QueryBuilder(thesaurus, index.Analyzers.Splitter).Build(UserQueryParser.Parse(request.Query), corrector.Correct).Query;
            var everything = new RelevanceCollector(searcher.IndexReader.MaxDoc);
            var facets = new FacetCollector(RecordSearcher.FacetFields);
            searcher.Search(query, new Lucene.Net.Search.QueryWrapperFilter(request.Filter.ToQuery(request.Statuses)), Lucene.Net.Search.MultiCollector.Wrap(everything, facets));
            var hits = everything.Hits(0);
            return (everything.TotalHits, hits.Skip(request.Offset).Take(request.Limit).ToList(), hits.ToDictionary(h => h.RecordId, h => h.Score), facets.Results());
        }
        finally
        {
            index.Searchers.Release(searcher);
        }
    }

    // Lucene sums a document's clauses in whatever order its scorers meet; the same sum in
    // another order may differ in the last bits.
    private static bool Near(float expected, float actual) => Math.Abs(expected - actual) <= 1e-4f * Math.Max(1f, Math.Abs(expected));

    private static string Describe(IReadOnlyList<FacetResult> facets) =>
        string.Join("; ", facets.Select(f => f.Field + ": " + string.Join(", ", f.Values.Select(v => $"{v.Value}={v.Count}"))));

    /// <summary>
    /// The seed records recombined into 6,000: each takes its title, summary and body from three
    /// different seed records and its facets from a fourth, so common words match thousands.
    /// </summary>
    private async Task<SearchIndex> IndexAsync()
    {
        if (_index is not null)
        {
            return _index;
        }

        var contexts = server.Services.GetRequiredService<IDbContextFactory<KnowledgeHubDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var seed = await SearchProjection.LoadAsync(db, null, CancellationToken.None);
        var n = seed.Count;
        var documents = Enumerable.Range(0, 6000).Select(i => seed[i % n] with
        {
            Id = i + 1,
            Status = i % 17 == 0 ? "Draft" : "Published",
            Title = seed[(i * 7 + 3) % n].Title,
            Summary = seed[(i * 13 + 5) % n].Summary,
            Body = seed[(i * 31 + 11) % n].Body,
        }).ToList();

        _index = new SearchIndex(new RAMDirectory());
        await _index.RebuildAsync(documents, "ranked-search-tests");
        return _index;
    }

    public void Dispose() => _index?.Dispose();
}
