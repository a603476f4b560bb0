using Xunit.Abstractions;

namespace KnowledgeHub.Tests.Consistency;

/// <summary>
/// Server processes — the real `KnowledgeHub.Api.dll`, each with its own search index — on one
/// PostgreSQL database: what one writes the others find, also after a restart and from scratch.
/// </summary>
public sealed class ReplicaProcessTests(ITestOutputHelper output)
{
    [PostgresFact]
    public async Task A_record_written_through_one_process_is_found_through_the_other()
    {
        await using var cluster = await ReplicaCluster.CreateAsync(output);
        var a = await cluster.StartAsync("A");
        var b = await cluster.StartAsync("B");

        var (writer, reader) = (a.Client(cluster.EditorKey), b.Client());

        // B's first catch-up also compiles its queries and JITs the path, seconds on a busy machine.
        var (first, _) = await Propagation.MeasureAsync(writer, reader, TimeSpan.FromSeconds(30));
        Assert.True(first is not null, $"B did not find the record written through A within 30 s\n{cluster.Logs()}");
        var (delay, _) = await Propagation.MeasureAsync(writer, reader, TimeSpan.FromSeconds(5));
        Assert.True(delay is not null, $"B did not find the second record written through A within 5 s\n{cluster.Logs()}");
        output.WriteLine($"propagation A -> B: first write {first!.Value.TotalMilliseconds:F0} ms, second {delay!.Value.TotalMilliseconds:F0} ms");
        // The issue asks for "within a second"; 5 s is the hard limit on a busy shared machine, and
        // docs/deployment.md has the measured distribution (PropagationMeasurement).
    }

    [PostgresFact]
    public async Task A_process_that_was_down_finds_what_was_written_meanwhile_as_soon_as_it_is_ready()
    {
        await using var cluster = await ReplicaCluster.CreateAsync(output);
        var a = await cluster.StartAsync("A");
        var b = await cluster.StartAsync("B");
        var before = Propagation.UniqueWord("foerst");
        var first = await Propagation.PublishAsync(a.Client(cluster.EditorKey), before);

        await b.StopAsync();
        var word = Propagation.UniqueWord("ellehammer");
        var slug = await Propagation.PublishAsync(a.Client(cluster.EditorKey), word);
        await b.StartAsync();

        Assert.True(await Propagation.FindsAsync(b.Client(), word, slug), $"B missed the record written while it was down\n{cluster.Logs()}");
        Assert.True(await Propagation.FindsAsync(b.Client(), before, first), $"B lost a record from before it stopped\n{cluster.Logs()}");
    }

    [PostgresFact]
    public async Task A_new_process_builds_its_index_from_the_database()
    {
        await using var cluster = await ReplicaCluster.CreateAsync(output);
        var a = await cluster.StartAsync("A");
        var word = Propagation.UniqueWord("nyserver");
        var slug = await Propagation.PublishAsync(a.Client(cluster.EditorKey), word);

        var c = await cluster.StartAsync("C");

        Assert.True(await Propagation.FindsAsync(c.Client(), word, slug), $"C did not find a record written before it started\n{cluster.Logs()}");
        Assert.Equal(await TotalAsync(a.Client()), await TotalAsync(c.Client()));
    }

    // Every published record, seed data included: the new index holds as much as the old one.
    private static async Task<int> TotalAsync(HttpClient client) =>
        (int)(await client.DataAsync("{ search(query: \"\") { totalCount } }"))["search"]!["totalCount"]!;
}
