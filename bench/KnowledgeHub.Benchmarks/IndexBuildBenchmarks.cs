using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using KnowledgeHub.Search.Analysis;
using KnowledgeHub.Search.Documents;
using KnowledgeHub.Search.Indexing;

namespace KnowledgeHub.Benchmarks;

/// <summary>
/// Full index build rate: every generated record analysed and written into an empty index (both
/// passes: the compound dictionary, then writing), as a rebuild does. One operation is one record,
/// so the reported time per operation is the inverse of records/s.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MedianColumn]
public class IndexBuildBenchmarks
{
    private const int Records = 20_000;
    private List<SearchDocument> _documents = null!;
    private string _folder = "";
    private SearchIndex _index = null!;

    [GlobalSetup]
    public void Setup() => _documents = SyntheticCorpus.Generate(Records, SyntheticCorpus.FindSeedDirectory()).ToList();

    [IterationSetup]
    public void OpenEmpty()
    {
        _folder = Path.Combine(Path.GetTempPath(), "knowledgehub-bench-build", Guid.NewGuid().ToString("N"));
        _index = SearchIndex.OpenDirectory(_folder);
    }

    [IterationCleanup]
    public void Remove()
    {
        _index.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(OperationsPerInvoke = Records)]
    public Task FullBuild() => _index.RebuildAsync(_documents, "bench");
}
