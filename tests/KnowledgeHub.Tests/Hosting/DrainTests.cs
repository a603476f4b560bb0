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
            // Until the listener closes: the drain must show as 503 first, with requests still served.
            TimeSpan? firstUnready = null;
            var (servedWhileUnready, lastServed) = (0, TimeSpan.Zero);
            while (clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                try
                {
                    using var ready = await client.GetAsync("/readyz");
                    if ((int)ready.StatusCode == 503 && firstUnready is null)
                    {
                        firstUnready = clock.Elapsed;
                        Assert.Contains("\"draining\":\"Unhealthy\"", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
                    }

                    var (status, _) = await client.PostGraphQLAsync("{ municipalities(first: 1) { totalCount } }");
                    Assert.Equal(200, status);
                    if (firstUnready is not null)
                    {
                        (servedWhileUnready, lastServed) = (servedWhileUnready + 1, clock.Elapsed);
                    }
                }
                catch (HttpRequestException)
                {
                    break; // The listener closed: the drain is over.
                }

                await Task.Delay(100);
            }

            var exitCode = await server.WaitForExitAsync(TimeSpan.FromSeconds(60));
            var stopped = clock.Elapsed;
            output.WriteLine($"SIGTERM: /readyz 503 after {firstUnready?.TotalMilliseconds:F0} ms; {servedWhileUnready} requests served while unready, the last at {lastServed.TotalSeconds:F1} s; exited {exitCode} after {stopped.TotalSeconds:F1} s (drain period {Drain.TotalSeconds} s)");

            Assert.True(firstUnready is not null, "/readyz never answered 503 before the listener closed");
            Assert.True(servedWhileUnready > 0, "no request was served while draining");
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
