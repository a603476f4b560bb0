using System.Diagnostics;
using KnowledgeHub.Search.Documents;
using KnowledgeHub.Search;
using KnowledgeHub.Search.Querying;
using KnowledgeHub.Search.Ranking;
using KnowledgeHub.Search.Searching;
using Lucene.Net.Search;

namespace KnowledgeHub.Benchmarks;

/// <summary>
/// A Stopwatch breakdown of one search's stages (parse, build with typo check, collect top hits,
/// count facets, load stored hits, highlight), to find where the time goes before changing it.
/// Run: dotnet run -c Release --project bench/KnowledgeHub.Benchmarks -- profile [records]
/// </summary>
public static class SearchProfile
{
    private const int Rounds = 20;
    private static readonly string[] Published = ["Published"];

    public static void Run(int records)
    {
        var seed = SyntheticCorpus.FindSeedDirectory();
        using var index = BenchIndex.Open(records, seed);
        var thesaurus = Thesaurus.Load(Path.Combine(seed, "search", "thesaurus.txt"));
        var caches = new ReaderCache.PerReader(SearchOptions.DefaultScoreCacheBytes);
        ProfileFilter(index, thesaurus, caches);
        foreach (var query in new[] { "forebyggelse udsatte familier", "tidlig forebyggende indsats for familier", "forældre", "\"tidlig indsats\"", "kommuner indsats", "forebygelse anbringlse", "out-of-home placement" })
        {
            var times = new Dictionary<string, List<double>>();
            var hits = 0;
            for (var round = 0; round < Rounds; round++)
            {
                var searcher = index.Searchers.Acquire();
                try
                {
                    var clock = Stopwatch.StartNew();
                    void Lap(string stage)
                    {
                        if (!times.TryGetValue(stage, out var list))
                        {
                            times[stage] = list = [];
                        }

                        list.Add(clock.Elapsed.TotalMilliseconds);
                        clock.Restart();
                    }

                    var parsed = UserQueryParser.Parse(query);
                    Lap("parse");
                    var cache = caches.For(searcher.IndexReader);
                    var visible = cache.Visible(searcher, Published);
                    var corrector = new TypoCorrector(searcher, cache.Filter(searcher, SearchFilter.None, Published), thesaurus, index.Analyzers);
                    var built = new QueryBuilder(thesaurus, index.Analyzers.Splitter).Build(parsed, corrector.Correct);
                    Lap("build+typo");
                    var count = new TotalHitCountCollector();
                    searcher.Search(built.Query, visible, count);
                    hits = count.TotalHits;
                    Lap("count only");
                    var top = TopFieldCollector.Create(SearchSorts.For(SearchOrder.Relevance), 11, false, true, false, false);
                    searcher.Search(built.Query, visible, top);
                    Lap("top (score sort)");
                    var topScore = TopScoreDocCollector.Create(11, false);
                    searcher.Search(built.Query, visible, topScore);
                    Lap("top (score only)");
                    var tree = ScoreTree.From(searcher.Rewrite(built.Query), searcher.Similarity);
                    var allowed = cache.Filter(searcher, SearchFilter.None, Published);
                    Lap("ranked: tree+filter");
                    using var scratch = cache.Scratch();
                    var ranked = RankedSearch.Search(searcher, tree, cache, allowed, 11, scratch);
                    Lap("ranked: top");
                    cache.Facets.Count(ranked.Matches);
                    Lap("ranked: facets");
                    if (round == Rounds - 1)
                    {
                        var lucene = top.GetTopDocs(0, 11).ScoreDocs;
                        Console.WriteLine($"  ranked {ranked.TotalHits} vs {hits} ({ranked.Scored} scored, {tree.Leaves.Count} leaves): " + string.Join(" ", ranked.Hits.Zip(lucene).Select(p => p.First.Doc == p.Second.Doc ? "=" : $"{p.First.Doc}/{p.First.Score:F4}~{p.Second.Doc}/{p.Second.Score:F4}")));
                    }

                    var page = top.GetTopDocs(0, 11).ScoreDocs;
                    var stored = page.Take(10).Select(d => StoredHit.From(searcher.Doc(d.Doc))).ToList();
                    Lap("load stored");
                    foreach (var hit in stored)
                    {
                        HitHighlighter.Highlight(hit, built.Highlight, index.Analyzers.Highlight);
                    }

                    Lap("highlight");
                }
                finally
                {
                    index.Searchers.Release(searcher);
                }
            }

            if (Environment.GetEnvironmentVariable("KNOWLEDGEHUB_PROFILE_QUERY") is not null)
            {
                Console.WriteLine(new QueryBuilder(thesaurus, index.Analyzers.Splitter).Build(UserQueryParser.Parse(query)).Query);
            }

            Console.WriteLine($"{query} ({hits:N0} hits of {records:N0}): " +
                              string.Join(", ", times.Select(t => $"{t.Key} {Median(t.Value):F2}")));
        }
    }

    /// <summary>The facet benchmark's filter: how much it lets through, and the query under it.</summary>
    private static void ProfileFilter(KnowledgeHub.Search.Indexing.SearchIndex index, Thesaurus thesaurus, ReaderCache.PerReader caches)
    {
        var request = new SearchFilter { Kinds = ["FamilyProgram", "Program"], Regions = ["1083"], MinEvidenceRank = 3, AgeFrom = 6, AgeTo = 12 };
        var searcher = index.Searchers.Acquire();
        try
        {
            var filter = new ReaderBitsFilter(caches.For(searcher.IndexReader).Filter(searcher, request, Published));
            var query = new QueryBuilder(thesaurus, index.Analyzers.Splitter).Build(UserQueryParser.Parse("kommuner indsats")).Query;
            foreach (var (name, q) in new (string, Query)[] { ("filter alone", new ConstantScoreQuery(filter)), ("query under it", new FilteredQuery(query, filter)) })
            {
                var times = new List<double>();
                var count = new TotalHitCountCollector();
                for (var i = 0; i < Rounds; i++)
                {
                    var clock = Stopwatch.StartNew();
                    count = new TotalHitCountCollector();
                    searcher.Search(q, count);
                    times.Add(clock.Elapsed.TotalMilliseconds);
                }

                Console.WriteLine($"filtered, {name}: {count.TotalHits:N0} hits, {Median(times):F2} ms");
            }
        }
        finally
        {
            index.Searchers.Release(searcher);
        }
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
