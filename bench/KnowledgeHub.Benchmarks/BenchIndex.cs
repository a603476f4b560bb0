using System.Diagnostics;
using KnowledgeHub.Search.Analysis;
using KnowledgeHub.Search.Indexing;

namespace KnowledgeHub.Benchmarks;

/// <summary>
/// A search index over generated records, built once and kept on disk between benchmark runs under
/// a folder named by size, seed and both format versions (index and generator), so a re-run opens
/// it in seconds and a changed format builds a fresh one beside the old.
/// </summary>
public static class BenchIndex
{
    public const int Seed = 42;

    public static string Root { get; } = Environment.GetEnvironmentVariable("KNOWLEDGEHUB_BENCH_DIR")
                                         ?? Path.Combine(Path.GetTempPath(), "knowledgehub-bench");

    public static SearchIndex Open(int records, string seedDirectory)
    {
        var content = $"synthetic-{records}-{SyntheticCorpus.Version}";
        var folder = Path.Combine(Root, $"search-{records}-s{Seed}-f{SearchIndex.FormatVersion}-{SyntheticCorpus.Version}");
        var index = SearchIndex.OpenDirectory(folder);
        if (!index.IsCurrent(content))
        {
            var clock = Stopwatch.StartNew();
            index.RebuildAsync(SyntheticCorpus.Stream(records, seedDirectory, Seed), content).GetAwaiter().GetResult();
            Console.WriteLine($"// Built the {records:N0}-record index in {clock.Elapsed.TotalSeconds:F1} s at {folder}");
        }

        return index;
    }
}
