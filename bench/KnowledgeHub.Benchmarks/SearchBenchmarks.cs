using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using BenchmarkDotNet.Engines;
using KnowledgeHub.Search;
using KnowledgeHub.Search.Indexing;
using KnowledgeHub.Search.Querying;
using KnowledgeHub.Search.Searching;

namespace KnowledgeHub.Benchmarks;

/// <summary>
/// Search latency per query type on generated records, at each size of <see cref="BenchSizes"/>.
/// Each index is built once and kept on disk (<see cref="BenchIndex"/>), so re-runs only open it.
/// Every search is worked out afresh (no result cache) and asks for the parts the matching
/// request of bench/load/requests.txt selects; <see cref="PlainWordsRepeated"/> alone shows the
/// result cache the API runs with. The leaf scores one index reader's searches share (Ranking/)
/// are kept between iterations, as in the server; <see cref="PlainWordsColdReader"/> shows a
/// search that finds none, <see cref="VariedWords"/> a stream of different searches.
/// </summary>
[Config(typeof(InProcessSearchJob))]
[MedianColumn]
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private static readonly string[] Published = ["Published"];
    private SearchIndex _index = null!;
    private RecordSearcher _searcher = null!;
    private RecordSearcher _cachingSearcher = null!;
    private Suggester _suggester = null!;
    private Thesaurus _thesaurus = null!;
    private int _next;

    private static readonly string[] CommonWords =
    [
        "forebyggelse", "familier", "børn", "unge", "kommune", "indsats", "tidlig", "skole", "forældre", "trivsel",
        "udsatte", "samarbejde", "netværk", "opsporing", "behandling", "anbringelse", "sundhedspleje", "dagtilbud",
    ];

    /// <summary>Every pair of the common words and every third triple: a few hundred distinct searches.</summary>
    private static readonly string[] VariedQueries =
        CommonWords.SelectMany((a, i) => CommonWords.Skip(i + 1).Select(b => $"{a} {b}"))
            .Concat(CommonWords.SelectMany((a, i) => CommonWords.Skip(i + 1).Where((_, j) => j % 3 == 0).Select(b => $"{a} {b} {CommonWords[(i + 5) % CommonWords.Length]}")))
            .ToArray();

    [ParamsSource(nameof(Sizes))]
    public int Records { get; set; }

    public static IEnumerable<int> Sizes => BenchSizes.FromEnvironment();

    /// <summary>MaxScore pruning on (as served), or off to see what it is worth: KNOWLEDGEHUB_BENCH_PRUNING=on,off.</summary>
    [ParamsSource(nameof(PruningModes))]
    public bool Pruning { get; set; }

    public static IEnumerable<bool> PruningModes => BenchSizes.Pruning();

    [GlobalSetup]
    public void Setup()
    {
        var seed = SyntheticCorpus.FindSeedDirectory();
        _index = BenchIndex.Open(Records, seed);
        _thesaurus = Thesaurus.Load(Path.Combine(seed, "search", "thesaurus.txt"));
        _searcher = new RecordSearcher(_index, _thesaurus, pruning: Pruning);
        _cachingSearcher = new RecordSearcher(_index, _thesaurus, new ReaderCache.PerReader(SearchOptions.DefaultScoreCacheBytes, maxResults: 256));
        _suggester = new Suggester(_index, _thesaurus);
    }

    [GlobalCleanup]
    public void Cleanup() => _index.Dispose();

    [Benchmark]
    public SearchResult PlainWords() => Search("forebyggelse udsatte familier");

    /// <summary>The load script's broad search (search-plain): five words, one a stop word, matching nearly every record.</summary>
    [Benchmark]
    public SearchResult LoadScriptWords() => Search("tidlig forebyggende indsats for familier");

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

    /// <summary>
    /// The same search with nothing shared from earlier searches: every leaf query's scores are
    /// worked out again, as for the first search after a write (a new index reader).
    /// </summary>
    [Benchmark]
    public SearchResult PlainWordsColdReader() =>
        new RecordSearcher(_index, _thesaurus, new ReaderCache.PerReader(SearchOptions.DefaultScoreCacheBytes), Pruning)
            .Search(new SearchRequest("forebyggelse udsatte familier", Published) { Parts = SearchParts.None });

    /// <summary>
    /// A different search each time, from two or three common words of the seed texts in turn: the
    /// words' scores are shared between searches, the pairs and triples standing together are not.
    /// </summary>
    [Benchmark]
    public SearchResult VariedWords() => Search(VariedQueries[_next++ % VariedQueries.Length]);

    [Benchmark]
    public SearchResult Phrase() => Search("\"tidlig indsats\"");

    /// <summary>With facets and the page's highlights, as the load script's facet request selects.</summary>
    [Benchmark]
    public int FilteredWithFacets()
    {
        var result = _searcher.Search(new SearchRequest("kommuner indsats", Published)
        {
            Filter = new SearchFilter { Kinds = ["FamilyProgram", "Program"], Regions = ["1083"], MinEvidenceRank = 3, AgeFrom = 6, AgeTo = 12 },
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

/// <summary>
/// In process, so a run on a busy machine does not first build a separate executable per job
/// (BenchmarkDotNet's build timeout); the search index lives on disk either way.
/// </summary>
public sealed class InProcessSearchJob : ManualConfig
{
    public InProcessSearchJob() =>
        AddJob(Job.Default.WithStrategy(RunStrategy.Throughput).WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(15).WithToolchain(InProcessEmitToolchain.Instance));
}
