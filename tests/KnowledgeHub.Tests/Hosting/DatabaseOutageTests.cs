using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeHub.Tests.Consistency;
using Xunit.Abstractions;

namespace KnowledgeHub.Tests.Hosting;

/// <summary>
/// Two server processes on one PostgreSQL database, under load from anonymous and API-key callers
/// with both response media types, while the database goes away and comes back (a gate between
/// them resets every connection, as a PostgreSQL restart does): every answer is either a whole
/// answer or the documented outage (503, Retry-After, one SERVICE_UNAVAILABLE error with a request
/// id), the failures are logged once per request without Error entries, and both servers recover.
/// </summary>
public sealed class DatabaseOutageTests(ITestOutputHelper output)
{
    private const string Query = "query($n: Int!) { programs(first: $n) { totalCount nodes { title themes { name } municipalities { name } } } }";
    private static readonly string[] MediaTypes = ["application/graphql-response+json", "application/json"];

    [PostgresFact]
    public async Task Requests_during_an_outage_get_one_documented_answer_and_every_server_recovers()
    {
        await using var cluster = await ReplicaCluster.CreateAsync(output);
        await using var gate = DatabaseGate.To(cluster.ConnectionString);
        var through = $"--ConnectionStrings:KnowledgeHub={gate.Through(cluster.ConnectionString)}";
        // Every answer from the database, none from the response cache; HTTP caching (ETags, the
        // content version) stays on, since a failed version read kept for good once held a server
        // at 503 after the database was back.
        string[] settings = [through, "--KnowledgeHub:HttpCaching:ResponseCacheMegabytes=0"];
        var servers = new[] { await cluster.StartAsync("A", settings), await cluster.StartAsync("B", settings) };

        var answers = new ConcurrentBag<Answer>();
        using var stop = new CancellationTokenSource();
        var load = servers.SelectMany(server => new string?[] { null, cluster.EditorKey }
                .SelectMany(key => MediaTypes.Select(media => LoadAsync(server.Client(key), media, answers, stop.Token))))
            .ToList();

        await Task.Delay(TimeSpan.FromSeconds(2));
        var logBefore = servers.Sum(s => s.Output().Length);
        var shut = Stopwatch.StartNew();
        gate.Shut();
        await Task.Delay(TimeSpan.FromSeconds(5));
        gate.Open();
        var opened = shut.Elapsed;
        var recovery = await Task.WhenAll(servers.Select(s => RecoveryAsync(s, opened, shut)));
        await Task.Delay(TimeSpan.FromSeconds(1));
        await stop.CancelAsync();
        await Task.WhenAll(load);

        var all = answers.ToList();
        var unavailable = all.Count(a => a.Kind == Kind.Unavailable);
        var bad = all.Where(a => a.Kind == Kind.Other).ToList();
        var logged = servers.Sum(s => s.Output().Length) - logBefore;
        output.WriteLine($"{all.Count} answers: {all.Count(a => a.Kind == Kind.Ok)} whole, {unavailable} SERVICE_UNAVAILABLE (503), {bad.Count} other; " +
                         $"recovered {string.Join(", ", recovery.Select((r, i) => $"{servers[i].Name} {r.TotalSeconds:F1} s"))} after the database came back; " +
                         $"{logged} log bytes during and after the outage, {(double)logged / Math.Max(1, all.Count):F0} per answer");

        Assert.True(bad.Count == 0, $"{bad.Count} answers of another shape, e.g.:\n{string.Join("\n", bad.Take(5).Select(b => b.Text))}\n{cluster.Logs()}");
        Assert.True(unavailable > 0, "the outage was not seen by any request");
        foreach (var server in servers)
        {
            var errors = server.Output().Split('\n').Where(l => l.Contains("\"LogLevel\":\"Error\"", StringComparison.Ordinal)).ToList();
            Assert.True(errors.Count == 0, $"{server.Name} logged {errors.Count} Error entries for an outage, e.g. {errors.FirstOrDefault()?[..Math.Min(400, errors[0].Length)]}");
        }
    }

    [PostgresFact]
    public async Task Readiness_answers_within_its_timeout_when_the_database_hangs()
    {
        await using var cluster = await ReplicaCluster.CreateAsync(output);
        await using var gate = DatabaseGate.To(cluster.ConnectionString);
        var server = await cluster.StartAsync("A", $"--ConnectionStrings:KnowledgeHub={gate.Through(cluster.ConnectionString)}", "--KnowledgeHub:Health:CheckTimeout=00:00:02");
        using var client = server.Client();

        gate.Stall();
        var clock = Stopwatch.StartNew();
        using var stalled = await client.GetAsync("/readyz");
        var took = clock.Elapsed;
        var body = await stalled.Content.ReadAsStringAsync();
        gate.Resume();
        output.WriteLine($"/readyz on a hanging database: {(int)stalled.StatusCode} in {took.TotalMilliseconds:F0} ms: {body}");

        Assert.Equal(503, (int)stalled.StatusCode);
        Assert.True(took < TimeSpan.FromSeconds(4), $"/readyz took {took.TotalSeconds:F1} s with a 2 s check timeout");
        Assert.Contains("\"database\":\"Unhealthy\"", body, StringComparison.Ordinal);
        await RecoveryAsync(server, clock.Elapsed, clock);
    }

    private static async Task LoadAsync(HttpClient client, string mediaType, ConcurrentBag<Answer> answers, CancellationToken stop)
    {
        using var _ = client;
        var n = 0;
        while (!stop.IsCancellationRequested)
        {
            var payload = JsonSerializer.Serialize(new { query = Query, variables = new { n = n++ % 50 + 1 } });
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(mediaType));
            using var response = await client.SendAsync(request, CancellationToken.None);
            var body = await response.Content.ReadAsStringAsync(CancellationToken.None);
            answers.Add(Classify((int)response.StatusCode, response.Headers.RetryAfter is not null, body));
            // Steady load, not a flood: at full speed the failed answers came back so fast that
            // the servers' log output outran this process's reading of it.
            await Task.Delay(20, CancellationToken.None);
        }
    }

    private static Answer Classify(int status, bool retryAfter, string body)
    {
        var text = $"{status} retry-after={retryAfter} {body[..Math.Min(300, body.Length)]}";
        JsonNode? json;
        try
        {
            json = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return new Answer(Kind.Other, text);
        }

        if (status == 200 && json?["errors"] is null && json?["data"]?["programs"] is not null)
        {
            return new Answer(Kind.Ok, text);
        }

        var errors = json?["errors"]?.AsArray();
        var outage = status == 503 && retryAfter && json?["data"] is null && errors is { Count: 1 }
                     && (string?)errors[0]!["extensions"]?["code"] == "SERVICE_UNAVAILABLE"
                     && !string.IsNullOrEmpty((string?)errors[0]!["extensions"]?["requestId"]);
        return new Answer(outage ? Kind.Unavailable : Kind.Other, text);
    }

    /// <summary>How long after the gate opened the server was ready and answered a query again.</summary>
    private static async Task<TimeSpan> RecoveryAsync(ReplicaProcess server, TimeSpan opened, Stopwatch clock)
    {
        using var client = server.Client();
        client.Timeout = TimeSpan.FromSeconds(5);
        var deadline = clock.Elapsed + TimeSpan.FromSeconds(60);
        var last = "";
        while (clock.Elapsed < deadline)
        {
            using var ready = await client.GetAsync("/readyz");
            var (status, body) = await client.PostGraphQLAsync("{ programs(first: 1) { totalCount } }");
            if (ready.IsSuccessStatusCode && status == 200)
            {
                return clock.Elapsed - opened;
            }

            last = $"/readyz {(int)ready.StatusCode} {await ready.Content.ReadAsStringAsync()}; query {status} {body}";
            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException($"{server.Name} did not recover within 60 s of the database coming back; last: {last}\n{server.LogTail()}");
    }

    private enum Kind
    {
        Ok,
        Unavailable,
        Other,
    }

    private sealed record Answer(Kind Kind, string Text);
}
