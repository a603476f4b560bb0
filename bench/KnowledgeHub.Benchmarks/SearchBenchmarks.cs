using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using KnowledgeHub.Search.Indexing;
using KnowledgeHub.Search.Querying;
using KnowledgeHub.Search.Searching;

namespace KnowledgeHub.Benchmarks;

/// <summary>
/// Search latency per query type on generated records, at each size of <see cref="BenchSizes"/>.
/// Each index is built once and kept on disk (<see cref="BenchIndex"/>), so re-runs only open it.
/// Every search is worked out afresh (no result cache) and asks for the parts the matching
/// request of bench/load/requests.txt selects; <see cref="PlainWordsRepeated"/> alone shows the
/// result cache the API runs with.
/// </summary>
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 3, iterationCount: 15)]
[MedianColumn]
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private static readonly string[] Published = ["PUBLISHED"];
    private SearchIndex _index = null!;
    private RecordSearcher _searcher = null!;
    private RecordSearcher _cachingSearcher = null!;
    private Suggester _suggester = null!;

    [ParamsSource(nameof(Sizes))]
    public int Records { get; set; }

    public static IEnumerable<int> Sizes => BenchSizes.FromEnvironment();

    [GlobalSetup]
    public void Setup()
    {
        var seed = SyntheticCorpus.FindSeedDirectory();
        _index = BenchIndex.Open(Records, seed);
        var thesaurus = Thesaurus.Load(Path.Combine(seed, "search", "thesaurus.txt"));
        _searcher = new RecordSearcher(_index, thesaurus);
        _cachingSearcher = new RecordSearcher(_index, thesaurus, results: new SearchResultCache(256));
        _suggester = new Suggester(_index, thesaurus);
    }

    [GlobalCleanup]
    public void Cleanup() => _index.Dispose();

    [Benchmark]
    public SearchResult PlainWords() => Search("forebyggelse udsatte familier");

    /// <summary>Facets and the highlights of every hit of the page too: all a search can cost.</summary>
    [Benchmark]
    public int PlainWordsEverything()
    {
        var result = _searcher.Search(new SearchRequest("forebyggelse udsatte familier", Published) { Parts = SearchParts.All });
        return result.Hits.Sum(h => h.Highlights.Count) + result.Facets.Count;
    }

    /// <summary>The same search again on an unchanged index, answered by the result cache.</summary>
    [Benchmark]
    public SearchResult PlainWordsRepeated() => _cachingSearcher.Search(new SearchRequest("forebyggelse udsatte familier", Published) { Parts = SearchParts.None });

    [Benchmark]
    public SearchResult Phrase() => Search("\"tidlig indsats\"");

    /// <summary>With facets and the page's highlights, as the load script's facet request selects.</summary>
    [Benchmark]
    public int FilteredWithFacets()
    {
        var result = _searcher.Search(new SearchRequest("kommuner indsats", Published)
        {
            Filter = new SearchFilter { Kinds = ["FAMILY_PROGRAM", "PROGRAM"], Regions = ["1083"], MinEvidenceRank = 3, AgeFrom = 6, AgeTo = 12 },
            Parts = SearchParts.Facets | SearchParts.Highlights,
        });
        return result.Hits.Sum(h => h.Highlights.Count) + result.Facets.Count;
    }

    [Benchmark]
    public SearchResult Typo() => Search("forebygelse anbringlse");

    [Benchmark]
    public SearchResult SynonymEnglish() => Search("out-of-home placement");

    [Benchmark]
    public IReadOnlyList<Suggestion> Suggest() => _suggester.Suggest("forebyggelsesk", 10, Published);

    /// <summary>The total and a page of hits, as a result list selects them (no facets, no highlights).</summary>
    private SearchResult Search(string query) => _searcher.Search(new SearchRequest(query, Published) { Parts = SearchParts.None });
}
