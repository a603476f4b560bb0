namespace KnowledgeHub.Tests.Hosting;

/// <summary>The real server process, started with settings an operator got wrong: one clear line, exit code 1.</summary>
public sealed class StartupFailureTests
{
    [Theory]
    [InlineData("--KnowledgeHub:Database:Provider=Oracle", "use Sqlite or Postgres")]
    [InlineData("--KnowledgeHub:Database:Provider=Postgres", "ConnectionStrings:KnowledgeHub is not set")]
    [InlineData("--KnowledgeHub:Database:Provider=Postgres --ConnectionStrings:KnowledgeHub=Host=127.0.0.1;Port=1;Timeout=3", "unreachable")]
    [InlineData("--KnowledgeHub:Database:Provider=Postgres --ConnectionStrings:KnowledgeHub=Hots=nowhere", "not a valid connection string")]
    public async Task Bad_configuration_stops_the_server_with_one_line(string arguments, string expected)
    {
        var (exitCode, stderr) = await RunServerAsync(arguments.Split(' '));

        Assert.Equal(1, exitCode);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines);
        Assert.StartsWith("KnowledgeHub cannot start:", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task Wrong_postgres_password_stops_the_server_with_one_line()
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(TestDatabase.Create("unused").PostgresConnectionString) { Password = "wrong-password" };
        var (exitCode, stderr) = await RunServerAsync(["--KnowledgeHub:Database:Provider=Postgres", $"--ConnectionStrings:KnowledgeHub={builder.ConnectionString}"]);

        Assert.Equal(1, exitCode);
        Assert.Contains("refused the login", Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Stderr)> RunServerAsync(IEnumerable<string> arguments)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "knowledgehub-tests", Guid.NewGuid().ToString("N"));
        var (exitCode, _, stderr) = await ServerProcess.RunToExitAsync(
            new[] { "--urls", "http://127.0.0.1:0", $"--KnowledgeHub:DataDirectory={dataDirectory}", "--Logging:LogLevel:Default=None" }.Concat(arguments),
            "The server, on bad configuration,");
        return (exitCode, stderr);
    }
}
