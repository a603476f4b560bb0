using KnowledgeHub.Tests.Consistency;
using Xunit.Abstractions;

namespace KnowledgeHub.Tests.Hosting;

/// <summary>
/// Two server processes started at the same moment on a PostgreSQL database that does not exist
/// yet, as a scaled-out first start or a rolling deployment does: both create-or-find, migrate and
/// seed in turn, and both become ready on one seeded database. KNOWLEDGEHUB_START_RACE_TRIALS
/// repeats the race (the trials: one of two exited in 6 of 6 before the turns).
/// </summary>
public sealed class StartRaceTests(ITestOutputHelper output)
{
    [PostgresFact]
    public async Task Two_servers_started_at_once_on_a_new_database_both_become_ready()
    {
        var trials = int.TryParse(Environment.GetEnvironmentVariable("KNOWLEDGEHUB_START_RACE_TRIALS"), out var n) ? n : 1;
        for (var trial = 1; trial <= trials; trial++)
        {
            var database = TestDatabase.Create(Path.Combine(Path.GetTempPath(), "knowledgehub-race", Guid.NewGuid().ToString("N")));
            var a = new ReplicaProcess(database.AnotherServer(), []) { Name = "A" };
            var b = new ReplicaProcess(database.AnotherServer(), []) { Name = "B" };
            try
            {
                var started = System.Diagnostics.Stopwatch.StartNew();
                await Task.WhenAll(a.StartAsync(), b.StartAsync());
                output.WriteLine($"trial {trial}: both ready in {started.Elapsed.TotalSeconds:F1} s");

                // One seed, not two: the server that waited found content and imported nothing.
                Assert.Equal(98, await MunicipalitiesAsync(a.Client()));
                Assert.Equal(98, await MunicipalitiesAsync(b.Client()));
                foreach (var server in new[] { a, b })
                {
                    // Nothing at Error for a database that is about to be created (EF Core logged one per start).
                    Assert.DoesNotContain("\"LogLevel\":\"Error\"", server.Output(), StringComparison.Ordinal);
                    Assert.DoesNotContain("\"LogLevel\":\"Critical\"", server.Output(), StringComparison.Ordinal);
                }
            }
            finally
            {
                output.WriteLine(a.LogTail(15));
                output.WriteLine(b.LogTail(15));
                await a.DisposeAsync();
                await b.DisposeAsync();
                database.Drop();
            }
        }
    }

    private static async Task<int> MunicipalitiesAsync(HttpClient client) =>
        (int)(await client.DataAsync("{ municipalities { totalCount } }"))["municipalities"]!["totalCount"]!;
}
