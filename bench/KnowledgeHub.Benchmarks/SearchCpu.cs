using System.Globalization;
using System.Runtime.InteropServices;
using KnowledgeHub.Search.Querying;
using KnowledgeHub.Search.Searching;

namespace KnowledgeHub.Benchmarks;

/// <summary>
/// Each search's own CPU time (the thread's, not the clock's) and allocation, median of many
/// rounds. On a shared machine the wall clock of a benchmark moves with the neighbours' load;
/// a thread's CPU time much less, so a before/after comparison of the search code holds there.
/// Only the ranked page (no facets, no highlights), as the load script's search-plain asks.
/// Run: dotnet run -c Release --project bench/KnowledgeHub.Benchmarks -- search-cpu [records] [rounds]
/// </summary>
public static partial class SearchCpu
{
    private const int ThreadCpuClock = 3;
    private static readonly string[] Published = ["Published"];

    private static readonly string[] Queries =
    [
        "tidlig forebyggende indsats for familier", "forebyggelse udsatte familier", "forebygelse anbringlse",
        "kommune indsats", "børn unge skole", "forældre trivsel netværk", "\"tidlig indsats\"", "out-of-home placement",
    ];

    public static void Run(int records, int rounds)
    {
        var seed = SyntheticCorpus.FindSeedDirectory();
        using var index = BenchIndex.Open(records, seed);
        var searcher = new RecordSearcher(index, Thesaurus.Load(Path.Combine(seed, "search", "thesaurus.txt")));
        foreach (var query in Queries)
        {
            for (var i = 0; i < 20; i++)
            {
                searcher.Search(new SearchRequest(query, Published) { Parts = SearchParts.None });
            }
        }

        Console.WriteLine($"{records} records, {rounds} rounds: CPU ms median / p90, KB allocated per search");
        foreach (var query in Queries)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var times = new double[rounds];
            for (var i = 0; i < rounds; i++)
            {
                var start = ThreadCpuMilliseconds();
                searcher.Search(new SearchRequest(query, Published) { Parts = SearchParts.None });
                times[i] = ThreadCpuMilliseconds() - start;
            }

            Array.Sort(times);
            var kb = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0 / rounds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{query,-42} {times[rounds / 2],8:F3} {times[rounds * 9 / 10],8:F3} {kb,8:F0}"));
        }
    }

    private static double ThreadCpuMilliseconds()
    {
        _ = ClockGetTime(ThreadCpuClock, out var time);
        return (time.Seconds * 1e3) + (time.Nanoseconds / 1e6);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);
}
