using KnowledgeHub.Tests.Consistency;

namespace KnowledgeHub.Tests.Hosting;

/// <summary>
/// The server started from a directory without appsettings.json, as a service manager or a
/// container starts a published app: it reads the settings beside the app (JSON logs, EF Core at
/// Warning), not the framework's defaults (a line per SQL command: 515 MB of log in 25 minutes).
/// </summary>
public sealed class SettingsBesideTheAppTests
{
    [Fact]
    public async Task A_server_started_elsewhere_reads_the_settings_beside_it()
    {
        var elsewhere = Directory.CreateTempSubdirectory("knowledgehub-elsewhere-");
        var database = TestDatabase.Create(Path.Combine(Path.GetTempPath(), "knowledgehub-tests", Guid.NewGuid().ToString("N")));
        await using var server = new ReplicaProcess(database, []) { WorkingDirectory = elsewhere.FullName };
        try
        {
            await server.StartAsync();
            using var client = server.Client();
            await client.DataAsync("{ municipalities(first: 3) { nodes { name } } }");

            var lines = server.Output().Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith("---", StringComparison.Ordinal)).ToList();
            Assert.All(lines, line => Assert.StartsWith("{", line, StringComparison.Ordinal)); // appsettings.json: the JSON console format
            Assert.DoesNotContain(lines, line => line.Contains("Executed DbCommand", StringComparison.Ordinal));
        }
        finally
        {
            await server.DisposeAsync();
            database.Drop();
            elsewhere.Delete(recursive: true);
        }
    }
}
