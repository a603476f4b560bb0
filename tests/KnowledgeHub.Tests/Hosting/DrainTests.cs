using System.Diagnostics;
using KnowledgeHub.Tests.Consistency;
using Xunit.Abstractions;

namespace KnowledgeHub.Tests.Hosting;

/// <summary>
/// The real server process and SIGTERM: for the drain period /readyz answers 503 while GraphQL
/// requests are still served (a balancer sees the server leave before its listener closes), then
/// the process stops by itself with exit code 0.
/// </summary>
public sealed class DrainTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Drain = TimeSpan.FromSeconds(4);

    [Fact]
    public async Task On_SIGTERM_readiness_fails_while_requests_are_still_served_then_the_server_stops()
    {
        var database = TestDatabase.Create(Path.Combine(Path.GetTempPath(), "knowledgehub-tests", Guid.NewGuid().ToString("N")));
        await using var server = new ReplicaProcess(database, [$"--KnowledgeHub:Hosting:DrainPeriod={Drain}"]) { Name = "draining" };
        try
        {
            await server.StartAsync();
            using var client = server.Client();
            client.Timeout = TimeSpan.FromSeconds(5);
            Assert.Equal(200, (int)(await client.GetAsync("/readyz")).StatusCode);

            var clock = Stopwatch.StartNew();
            server.Terminate();
            var (firstUnready, served, lastServed) = (TimeSpan.Zero, 0, TimeSpan.Zero);
            while (clock.Elapsed < Drain - TimeSpan.FromSeconds(1))
            {
                using var ready = await client.GetAsync("/readyz");
                if ((int)ready.StatusCode == 503 && firstUnready == TimeSpan.Zero)
                {
                    firstUnready = clock.Elapsed;
                    Assert.Contains("\"draining\":\"Unhealthy\"", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
                }

                var (status, _) = await client.PostGraphQLAsync("{ municipalities(first: 1) { totalCount } }");
                Assert.Equal(200, status);
                (served, lastServed) = (served + 1, clock.Elapsed);
                await Task.Delay(100);
            }

            var exitCode = await server.WaitForExitAsync(TimeSpan.FromSeconds(60));
            var stopped = clock.Elapsed;
            output.WriteLine($"SIGTERM: /readyz 503 after {firstUnready.TotalMilliseconds:F0} ms; {served} requests served during the drain, the last at {lastServed.TotalSeconds:F1} s; exited {exitCode} after {stopped.TotalSeconds:F1} s (drain period {Drain.TotalSeconds} s)");

            Assert.NotEqual(TimeSpan.Zero, firstUnready);
            Assert.True(firstUnready < TimeSpan.FromSeconds(1), $"/readyz still 200 {firstUnready.TotalMilliseconds:F0} ms after SIGTERM");
            Assert.True(stopped >= Drain, $"stopped after {stopped.TotalSeconds:F1} s, before the {Drain.TotalSeconds} s drain ended");
            Assert.Equal(0, exitCode);
        }
        finally
        {
            output.WriteLine(server.LogTail(12));
            await server.DisposeAsync();
            database.Drop();
        }
    }
}
