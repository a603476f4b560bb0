using KnowledgeHub.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KnowledgeHub.Tests.Infrastructure;

/// <summary>
/// Which database the integration tests run on. By default a SQLite file per server; with
/// KNOWLEDGEHUB_TEST_POSTGRES set to a server's connection string (without a database), a fresh
/// PostgreSQL database per server, dropped afterwards. .ci/run runs the suite both ways.
/// </summary>
public sealed class TestDatabase
{
    private static readonly string? PostgresServer = Environment.GetEnvironmentVariable("KNOWLEDGEHUB_TEST_POSTGRES");

    private TestDatabase(string dataDirectory, string? postgresConnectionString)
    {
        DataDirectory = dataDirectory;
        PostgresConnectionString = postgresConnectionString;
    }

    public static bool IsPostgres => !string.IsNullOrWhiteSpace(PostgresServer);

    public string DataDirectory { get; }

    public string? PostgresConnectionString { get; }

    public static TestDatabase Create(string dataDirectory) =>
        new(dataDirectory, IsPostgres
            ? new NpgsqlConnectionStringBuilder(PostgresServer) { Database = $"kh_test_{Guid.NewGuid():N}" }.ConnectionString
            : null);

    /// <summary>The same PostgreSQL database seen from another server with its own data directory (and index).</summary>
    public TestDatabase AnotherServer() =>
        new(Path.Combine(Path.GetTempPath(), "knowledgehub-tests", Guid.NewGuid().ToString("N")), PostgresConnectionString);

    public IEnumerable<KeyValuePair<string, string?>> Settings()
    {
        yield return new("KnowledgeHub:DataDirectory", DataDirectory);
        if (PostgresConnectionString is not null)
        {
            yield return new("KnowledgeHub:Database:Provider", "Postgres");
            yield return new("ConnectionStrings:KnowledgeHub", PostgresConnectionString);
        }
    }

    /// <summary>A context on the same database as the server, for checking what is (not) stored.</summary>
    public KnowledgeHubDbContext Open()
    {
        var options = new DbContextOptionsBuilder<KnowledgeHubDbContext>();
        if (PostgresConnectionString is not null)
        {
            options.UseNpgsql(PostgresConnectionString);
        }
        else
        {
            options.UseSqlite($"Data Source={Path.Combine(DataDirectory, "knowledgehub.db")}");
        }

        return new KnowledgeHubDbContext(options.Options);
    }

    public void Drop()
    {
        if (PostgresConnectionString is null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            return;
        }

        NpgsqlConnection.ClearAllPools();
        var builder = new NpgsqlConnectionStringBuilder(PostgresConnectionString);
        var database = builder.Database;
        builder.Database = "postgres";
        using var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }
}
