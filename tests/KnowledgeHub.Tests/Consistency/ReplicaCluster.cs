using KnowledgeHub.Cli;
using Xunit.Abstractions;

namespace KnowledgeHub.Tests.Consistency;

/// <summary>
/// A fresh PostgreSQL database, an editor key made by `knowledgehub keys create` on it (which also
/// migrates and seeds it), and server processes on it, each with its own data directory. Disposing
/// writes each server's last output to the test's output (shown when a test fails, whatever threw),
/// kills every process, then drops the database.
/// </summary>
public sealed class ReplicaCluster(ITestOutputHelper output) : IAsyncDisposable
{
    private readonly TestDatabase _database = TestDatabase.Create(Path.Combine(Path.GetTempPath(), "knowledgehub-replicas", Guid.NewGuid().ToString("N")));
    private readonly List<ReplicaProcess> _servers = [];

    public string EditorKey { get; private set; } = "";

    /// <summary>The database's connection string (PostgreSQL), for servers that reach it another way.</summary>
    public string ConnectionString => _database.PostgresConnectionString ?? throw new InvalidOperationException("Not on PostgreSQL.");

    public static async Task<ReplicaCluster> CreateAsync(ITestOutputHelper output)
    {
        var cluster = new ReplicaCluster(output);
        try
        {
            cluster.EditorKey = await cluster.CreateKeyAsync();
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>A new server process with an empty data directory of its own, started and ready.</summary>
    public async Task<ReplicaProcess> StartAsync(string name, params string[] settings)
    {
        var server = new ReplicaProcess(_database.AnotherServer(), settings) { Name = name };
        _servers.Add(server);
        await server.StartAsync();
        return server;
    }

    /// <summary>Every server's recent output, for a failure message.</summary>
    public string Logs() => string.Join("\n", _servers.Select(s => s.LogTail(30)));

    public async ValueTask DisposeAsync()
    {
        foreach (var server in _servers)
        {
            output.WriteLine(server.LogTail(40));
            await server.DisposeAsync();
        }

        _database.Drop();
        if (Directory.Exists(_database.DataDirectory))
        {
            Directory.Delete(_database.DataDirectory, recursive: true);
        }
    }

    private async Task<string> CreateKeyAsync()
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var settings = _database.Settings().Select(s => $"--{s.Key}={s.Value}");
        var code = await CliApp.RunAsync(["keys", "create", "--role", "editor", "--name", "replica test", .. settings], output, error);
        Assert.True(code == CliApp.Ok, $"knowledgehub keys create failed ({code}): {error}");
        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
    }
}
