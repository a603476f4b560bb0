using System.Globalization;
using Xunit.Abstractions;

namespace KnowledgeHub.Tests.Consistency;

/// <summary>
/// The propagation delay between two server processes, over many writes, woken by NOTIFY and by
/// polling alone (docs/deployment.md has the numbers and the command). A measurement, not a check:
/// it runs only when asked, and fails only when a record is not found at all.
/// </summary>
public sealed class PropagationMeasurement(ITestOutputHelper output)
{
    private static readonly int Writes = int.TryParse(Environment.GetEnvironmentVariable("KNOWLEDGEHUB_MEASURE_WRITES"), out var n) ? n : 50;

    [MeasurementFact]
    public async Task Propagation_delay_with_notify_and_with_polling_only()
    {
        await using var cluster = await ReplicaCluster.CreateAsync(output);
        var writer = (await cluster.StartAsync("A")).Client(cluster.EditorKey);
        var listening = await cluster.StartAsync("B");
        var polling = await cluster.StartAsync("C", "--KnowledgeHub:ChangeFollowing:Listen=false");

        var (notify, publishNotify) = await MeasureAsync(writer, listening.Client(), cluster);
        var (poll, publishPoll) = await MeasureAsync(writer, polling.Client(), cluster);

        output.WriteLine($"{Writes} writes each, {Environment.ProcessorCount} cores, load average {LoadAverage()}; ms until the other server's search finds the record");
        output.WriteLine("| path | from | median | p95 | max | min |");
        output.WriteLine("|---|---|---|---|---|---|");
        output.WriteLine(Row("LISTEN/NOTIFY", "publish answer", notify));
        output.WriteLine(Row("LISTEN/NOTIFY", "publish sent", [.. notify.Zip(publishNotify, (d, p) => d + p)]));
        output.WriteLine(Row("polling only (Listen=false, PollInterval 1 s)", "publish answer", poll));
        output.WriteLine(Row("polling only (Listen=false, PollInterval 1 s)", "publish sent", [.. poll.Zip(publishPoll, (d, p) => d + p)]));
        output.WriteLine(Row("(the publish mutation on A itself: commit + A's own index update)", "-", [.. publishNotify, .. publishPoll]));
    }

    private static async Task<(List<double> Delays, List<double> Publishes)> MeasureAsync(HttpClient writer, HttpClient reader, ReplicaCluster cluster)
    {
        var (delays, publishes) = (new List<double>(), new List<double>());
        // Not counted: the first write warms up the reader's catch-up path (JIT, connections).
        await Propagation.MeasureAsync(writer, reader, TimeSpan.FromSeconds(10));
        for (var i = 0; i < Writes; i++)
        {
            // A random moment relative to the follower's poll timer, as real writes come.
            await Task.Delay(Random.Shared.Next(0, 1000));
            var (delay, publish) = await Propagation.MeasureAsync(writer, reader, TimeSpan.FromSeconds(10));
            Assert.True(delay is not null, $"write {i} was not found within 10 s\n{cluster.Logs()}");
            delays.Add(delay!.Value.TotalMilliseconds);
            publishes.Add(publish.TotalMilliseconds);
        }

        return (delays, publishes);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string Row(string path, string from, List<double> delays)
    {
        var sorted = delays.Order().ToList();
        // Nearest rank.
        double At(double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1)];
        return string.Create(CultureInfo.InvariantCulture, $"| {path} | {from} | {At(0.5):F0} | {At(0.95):F0} | {sorted[^1]:F0} | {sorted[0]:F0} |");
    }
}
