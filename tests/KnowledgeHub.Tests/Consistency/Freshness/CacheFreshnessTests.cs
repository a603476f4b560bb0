using System.Diagnostics;
using Xunit.Abstractions;

namespace KnowledgeHub.Tests.Consistency.Freshness;

/// <summary>
/// Differential test of every cache against every write path. One probe record is written again and
/// again — created, retitled, unpublished and published through mutations, importRecords, the
/// command line's import on the same database and, on PostgreSQL, another server — while readers
/// that may not see drafts keep repeating the same queries on every cached path (lists, counts,
/// record, node, a municipality's records, search; POST, and GET with If-None-Match). After each
/// write's deadline (this server's own: when the mutation answers; others': one poll interval
/// after they finished) no answer may show the state before it: in particular an unpublished
/// record is never served to them. No timing is measured; only deadlines are compared with when
/// each request was sent, so a slow machine makes it slower, not red.
/// </summary>
public sealed class CacheFreshnessTests(ITestOutputHelper output)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    [Fact]
    public async Task No_cached_answer_outlives_a_write_by_any_path()
    {
        var interval = PollInterval.ToString("c", System.Globalization.CultureInfo.InvariantCulture);
        await using var server = new EditingServer
        {
            Settings =
            {
                ["KnowledgeHub:HttpCaching:VersionPollInterval"] = interval,
                ["KnowledgeHub:ChangeFollowing:PollInterval"] = interval,
                ["KnowledgeHub:RateLimiting:Enabled"] = "false",
            },
        };
        var editor = await server.EditorAsync();
        FreshnessReader[] readers =
        [
            new("anonymous", server.CreateClient(), get: false),
            new("anonymous", server.CreateClient(), get: true),
            new("partner of another organisation", await server.KoraAsync(), get: false),
        ];
        var token = Guid.NewGuid().ToString("N")[..6];
        var (slug, word) = ($"frisk-{token}", $"Friskhedsprøve{token}");
        var writes = new FreshnessWrites(slug, word, server.Database);
        await BaselinesAsync(readers, Variables(slug, "", word));

        KnowledgeHubFactory? other = null;
        try
        {
            var steps = new List<(string Path, bool External, Func<ProbeState, Task<ProbeState>> Write)>
            {
                ("createProgram", false, _ => writes.CreateAsync(editor)),
                ("updateProgram", false, s => writes.RetitleAsync(editor, s.Published)),
                ("unpublishRecord", false, s => writes.SetStatusAsync(editor, false, s)),
                ("updateProgram of a draft", false, s => writes.RetitleAsync(editor, s.Published)),
                ("publishRecord", false, s => writes.SetStatusAsync(editor, true, s)),
                ("importRecords as a draft", false, _ => writes.ImportRecordsAsync(editor, false)),
                ("importRecords published", false, _ => writes.ImportRecordsAsync(editor, true)),
                ("knowledgehub import as a draft", true, _ => writes.CliImportAsync(false)),
                ("knowledgehub import published", true, _ => writes.CliImportAsync(true)),
                ("knowledgehub import retitled", true, _ => writes.CliImportAsync(true)),
            };
            if (TestDatabase.IsPostgres)
            {
                other = KnowledgeHubFactory.Reusing(server.Database.AnotherServer());
                other.Settings["KnowledgeHub:RateLimiting:Enabled"] = "false";
                var otherEditor = other.CreateClient();
                otherEditor.DefaultRequestHeaders.Authorization = new("Bearer", await server.KeyAsync("editor"));
                steps.Add(("another server: unpublishRecord", true, s => writes.SetStatusAsync(otherEditor, false, s)));
                steps.Add(("another server: publishRecord", true, s => writes.SetStatusAsync(otherEditor, true, s)));
                steps.Add(("another server: updateProgram", true, s => writes.RetitleAsync(otherEditor, s.Published)));
            }

            steps.Add(("unpublishRecord after the others", false, s => writes.SetStatusAsync(editor, false, s)));
            await RunAsync(readers, writes, slug, word, steps);
        }
        finally
        {
            if (other is not null)
            {
                await other.DisposeAsync();
            }
        }
    }

    private async Task RunAsync(
        FreshnessReader[] readers, FreshnessWrites writes, string slug, string word, List<(string Path, bool External, Func<ProbeState, Task<ProbeState>> Write)> steps)
    {
        var timeline = new List<TimedWrite>();
        var current = ProbeState.Absent;
        using var stop = new CancellationTokenSource();
        var background = new List<Task>();
        foreach (var (path, external, write) in steps)
        {
            var started = Stopwatch.GetTimestamp();
            current = await write(current);
            var answered = Stopwatch.GetTimestamp();
            var deadline = external ? answered + (long)(PollInterval.TotalSeconds * Stopwatch.Frequency) : answered;
            timeline.Add(new TimedWrite(path, current, started, answered, deadline));
            while (Stopwatch.GetTimestamp() < deadline)
            {
                await Task.Delay(10);
            }

            var variables = Variables(slug, writes.Id, word);
            if (background.Count == 0)
            {
                // Concurrent readers from the first write on, racing every later write to fill the caches.
                background.AddRange(readers.Select(r => Task.Run(() => ReadUntilAsync(r, variables, stop.Token))));
            }

            // Twice: the second answer may come from a cache the first filled.
            for (var round = 0; round < 2; round++)
            {
                foreach (var reader in readers)
                {
                    foreach (var read in FreshnessReads.All)
                    {
                        var answer = await reader.AskAsync(read, variables);
                        Assert.True(answer.Mismatch(slug, current) is null,
                            $"after '{path}' ({current}): {answer} — {answer.Mismatch(slug, current)}");
                    }
                }
            }
        }

        await stop.CancelAsync();
        await Task.WhenAll(background);
        var checkedAnswers = 0;
        var stale = new List<string>();
        foreach (var answer in readers.SelectMany(r => r.Log))
        {
            // The last write whose deadline had passed when the request was sent; answers that overlap the next write are not judged.
            var k = timeline.FindLastIndex(w => w.Deadline <= answer.Sent);
            if (k < 0 || (k + 1 < timeline.Count && timeline[k + 1].Started < answer.Received))
            {
                continue;
            }

            checkedAnswers++;
            if (answer.Mismatch(slug, timeline[k].After) is { } mismatch)
            {
                stale.Add($"after '{timeline[k].Path}' ({timeline[k].After}): {answer} — {mismatch}");
            }
        }

        output.WriteLine($"{timeline.Count} writes, {readers.Sum(r => r.Log.Count)} answers, {checkedAnswers} judged, {stale.Count} stale");
        Assert.True(stale.Count == 0, string.Join('\n', stale.Take(10)));
    }

    private static async Task ReadUntilAsync(FreshnessReader reader, object variables, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            foreach (var read in FreshnessReads.All)
            {
                await reader.AskAsync(read, variables);
            }
        }
    }

    private static async Task BaselinesAsync(FreshnessReader[] readers, object variables)
    {
        foreach (var reader in readers)
        {
            foreach (var read in FreshnessReads.All.Where(r => r.Counted))
            {
                reader.Baselines[read.Name] = read.CountOf((await reader.AskAsync(read, variables)).Data);
            }

            reader.Log.Clear();
        }
    }

    private static object Variables(string slug, string id, string word) => new { slug, id, word };
}
