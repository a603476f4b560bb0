using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using KnowledgeHub.Search.Indexing;
using KnowledgeHub.Search.Querying;
using KnowledgeHub.Search.Searching;

namespace KnowledgeHub.Benchmarks;

/// <summary>
/// Search latency per query type on generated records, at each size of <see cref="BenchSizes"/>.
/// Each index is built once and kept on disk (<see cref="BenchIndex"/>), so re-runs only open it.
/// </summary>
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 3, iterationCount: 15)]
[MedianColumn]
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private static readonly string[] Published = ["PUBLISHED"];
    private SearchIndex _index = null!;
    private RecordSearcher _searcher = null!;
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
        _suggester = new Suggester(_index, thesaurus);
    }

    [GlobalCleanup]
    public void Cleanup() => _index.Dispose();

    [Benchmark]
    public SearchResult PlainWords() => Search("forebyggelse udsatte familier");

    [Benchmark]
    public SearchResult Phrase() => Search("\"tidlig indsats\"");

    [Benchmark]
    public SearchResult FilteredWithFacets() => _searcher.Search(new SearchRequest("kommuner indsats", Published)
    {
        Filter = new SearchFilter { Kinds = ["FAMILY_PROGRAM", "PROGRAM"], Regions = ["1083"], MinEvidenceRank = 3, AgeFrom = 6, AgeTo = 12 },
    });

    [Benchmark]
    public SearchResult Typo() => Search("forebygelse anbringlse");

    [Benchmark]
    public SearchResult SynonymEnglish() => Search("out-of-home placement");

    [Benchmark]
    public IReadOnlyList<Suggestion> Suggest() => _suggester.Suggest("forebyggelsesk", 10, Published);

    private SearchResult Search(string query) => _searcher.Search(new SearchRequest(query, Published));
}
