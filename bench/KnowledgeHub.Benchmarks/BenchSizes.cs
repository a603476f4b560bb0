using System.Globalization;

namespace KnowledgeHub.Benchmarks;

/// <summary>
/// The corpus sizes to run, from KNOWLEDGEHUB_BENCH_SIZES ("10000,100000,1000000"); 10k and 100k
/// unless told, since the 1M index takes long to build the first time.
/// </summary>
public static class BenchSizes
{
    public static IEnumerable<int> FromEnvironment() =>
        (Environment.GetEnvironmentVariable("KNOWLEDGEHUB_BENCH_SIZES") ?? "10000,100000")
        .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        .Select(s => int.Parse(s, CultureInfo.InvariantCulture));

    /// <summary>KNOWLEDGEHUB_BENCH_PRUNING ("on", "off" or "on,off"); on unless told.</summary>
    public static IEnumerable<bool> Pruning() =>
        (Environment.GetEnvironmentVariable("KNOWLEDGEHUB_BENCH_PRUNING") ?? "on")
        .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        .Select(s => s == "on");
}
