using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace KnowledgeHub.Benchmarks;

/// <summary>
/// One request at a time through the real server in process (TestServer: every middleware, the
/// handler, execution, SQL and serialisation, no sockets), for `{ __typename }` and the list
/// pages of bench/load/requests.txt: median and mean time, the process's CPU time (all threads,
/// the client's included: the steadier number on a shared machine) and bytes allocated per request.
/// The server runs on the database folder in KNOWLEDGEHUB_BENCH_DATA_DIR as it is (a copy made
/// for it, e.g. of bench/load.sh's data-100000: it is opened, not copied, since its index is
/// large), with the response and result caches off, so every request executes.
/// Run: KNOWLEDGEHUB_BENCH_DATA_DIR=/tmp/copy/data-100000 dotnet run -c Release --project
/// bench/KnowledgeHub.Benchmarks -- lists [rounds]
/// With KNOWLEDGEHUB_BENCH_SAVE=dir each answer is written to dir/name.json, to compare builds byte for byte;
/// with KNOWLEDGEHUB_BENCH_ALLOC=1 each request's allocation is listed by type (<see cref="AllocationTypes"/>);
/// KNOWLEDGEHUB_BENCH_ONLY=name runs that request alone (e.g. under a profiler).
/// </summary>
public static class ListProfile
{
    public static void Run(int rounds)
    {
        var settings = new Dictionary<string, string>
        {
            ["KnowledgeHub:HttpCaching:ResponseCacheMegabytes"] = "0",
            ["KnowledgeHub:Search:ResultCacheSize"] = "0",
        };
        if (Environment.GetEnvironmentVariable("KNOWLEDGEHUB_BENCH_DATA_DIR") is { Length: > 0 } data)
        {
            settings["KnowledgeHub:DataDirectory"] = data;
            // The corpus it was imported from sits beside it (load.sh's corpus-N next to data-N).
            var corpus = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(data))!, Path.GetFileName(data).Replace("data-", "corpus-", StringComparison.Ordinal));
            if (Directory.Exists(corpus))
            {
                settings["KnowledgeHub:SeedDirectory"] = corpus;
            }
        }

        using var server = new InProcessServer(settings);
        using var client = server.CreateClient();
        if (Environment.GetEnvironmentVariable("KNOWLEDGEHUB_BENCH_PROBE") == "1")
        {
            LoaderQueryProbe.Run(server.Services, rounds);
        }

        // Saving compares every request of the file (and ones of its own), not only the timed pages.
        var save = Environment.GetEnvironmentVariable("KNOWLEDGEHUB_BENCH_SAVE") is { Length: > 0 } dir ? dir : null;
        var requests = File.ReadAllLines(Path.Combine(RepositoryRoot(), "bench", "load", "requests.txt"))
            .Where(l => l.Length > 0 && l[0] != '#' && (save is not null || l.StartsWith("typename|", StringComparison.Ordinal) || l.StartsWith("list-", StringComparison.Ordinal)))
            .Select(l => (Name: l[..l.IndexOf('|', StringComparison.Ordinal)], Query: l[(l.IndexOf('|', StringComparison.Ordinal) + 1)..]))
            .ToList();
        if (Environment.GetEnvironmentVariable("KNOWLEDGEHUB_BENCH_ONLY") is { Length: > 0 } only)
        {
            requests.RemoveAll(r => r.Name != only);
        }

        if (save is not null)
        {
            requests.Add(("links", "{ programs(first: 50) { nodes { slug themes { id slug name } targetGroups { slug } municipalities { id code name } municipalityLinks { role municipality { code name region { name } } } } } }"));
            requests.Add(("links-muni", "{ municipality(code: \"0851\") { records(first: 50) { totalCount nodes { slug themes { slug name } municipalityLinks { role municipality { code } } } } } }"));
        }

        Console.WriteLine($"{"request",-18} {"median µs",10} {"mean µs",10} {"CPU µs",10} {"KB alloc",9} {"bytes",7}");
        var process = Process.GetCurrentProcess();
        foreach (var (name, query) in requests)
        {
            var body = JsonSerializer.Serialize(new { query });
            var size = 0;
            for (var i = 0; i < Math.Max(20, rounds / 10); i++)
            {
                size = Post(client, body);
            }

            if (save is not null)
            {
                Directory.CreateDirectory(save);
                using var content = new StringContent(body, Encoding.UTF8, "application/json");
                File.WriteAllBytes(Path.Combine(save, name + ".json"),
                    client.PostAsync("/graphql", content).GetAwaiter().GetResult().Content.ReadAsByteArrayAsync().GetAwaiter().GetResult());
            }

            using var types = Environment.GetEnvironmentVariable("KNOWLEDGEHUB_BENCH_ALLOC") == "1" ? new AllocationTypes() : null;
            var times = new double[rounds];
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            for (var i = 0; i < rounds; i++)
            {
                var started = Stopwatch.GetTimestamp();
                Post(client, body);
                times[i] = Stopwatch.GetElapsedTime(started).TotalMicroseconds;
            }

            var perRequest = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / rounds / 1024.0;
            process.Refresh();
            var cpuPerRequest = (process.TotalProcessorTime - cpu).TotalMicroseconds / rounds;
            Array.Sort(times);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-18} {times[rounds / 2],10:0} {times.Average(),10:0} {cpuPerRequest,10:0} {perRequest,9:0.0} {size,7}"));
            types?.Print(rounds);
        }
    }

    private static int Post(HttpClient client, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = client.PostAsync("/graphql", content).GetAwaiter().GetResult();
        var bytes = response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
        return response.IsSuccessStatusCode && bytes.AsSpan().IndexOf("\"errors\""u8) < 0
            ? bytes.Length
            : throw new InvalidOperationException(Encoding.UTF8.GetString(bytes));
    }

    private static string RepositoryRoot() => Path.GetDirectoryName(SyntheticCorpus.FindSeedDirectory())!;
}
