using Microsoft.Extensions.Logging;
using Npgsql;

namespace KnowledgeHub.Import;

/// <summary>
/// Servers started at the same moment on one PostgreSQL database take turns to create, migrate and
/// seed it: without turns, one of two lost with 42P04 "database exists" or a migration step the
/// other had just run. PostgreSQL's session advisory locks give the turns — in the maintenance
/// database while creating, then in the database itself for migrating and seeding — and a process
/// that dies releases its turn with its connection. The next one waits, then finds the work done.
/// </summary>
public sealed class PostgresStartLock : IAsyncDisposable
{
    // "KH": the first half of every KnowledgeHub advisory-lock key, apart from other applications'.
    private const int Space = 0x4B48;
    private const int Migrating = 1;
    private const string Exists = "42P04";
    private const string NoSuchDatabase = "3D000";

    private readonly NpgsqlConnection _session;

    private PostgresStartLock(NpgsqlConnection session) => _session = session;

    /// <summary>Creates the database if it is missing, then holds the migrating turn until disposed.</summary>
    public static async Task<PostgresStartLock> AcquireAsync(string connectionString, ILogger logger, CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, Enlist = false };
        var session = await OpenOrCreateAsync(target, logger, cancellationToken);
        try
        {
            await TakeTurnAsync(session, "SELECT pg_try_advisory_lock(@space, @key)", Migrating, "migrating and seeding the database", logger, cancellationToken);
            return new PostgresStartLock(session);
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    /// <summary>Closing the session releases its advisory locks; the unlock says so explicitly.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock_all()", _session);
            await unlock.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException)
        {
            // The connection is gone, and the lock with it.
        }

        await _session.DisposeAsync();
    }

    private static async Task<NpgsqlConnection> OpenOrCreateAsync(NpgsqlConnectionStringBuilder target, ILogger logger, CancellationToken cancellationToken)
    {
        var session = new NpgsqlConnection(target.ConnectionString);
        try
        {
            await session.OpenAsync(cancellationToken);
            return session;
        }
        catch (PostgresException e) when (e.SqlState == NoSuchDatabase)
        {
            await session.DisposeAsync();
        }

        await CreateAsync(target, logger, cancellationToken);
        session = new NpgsqlConnection(target.ConnectionString);
        await session.OpenAsync(cancellationToken);
        return session;
    }

    private static async Task CreateAsync(NpgsqlConnectionStringBuilder target, ILogger logger, CancellationToken cancellationToken)
    {
        var name = target.Database ?? throw new InvalidOperationException("The connection string names no database.");
        await using var maintenance = await OpenMaintenanceAsync(target, cancellationToken);
        await TakeTurnAsync(maintenance, "SELECT pg_try_advisory_lock(@space, hashtext(@key))", name, $"creating database {name}", logger, cancellationToken);

        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", maintenance) { Parameters = { new("name", name) } };
        if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
        {
            return;
        }

        try
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", maintenance) { CommandTimeout = 0 };
            await create.ExecuteNonQueryAsync(cancellationToken);
            logger.LogInformation("Created PostgreSQL database {Database}", name);
        }
        catch (PostgresException e) when (e.SqlState == Exists)
        {
            // Created by something that does not take turns (psql, another tool): as good as ours.
        }
    }

    // EF Core's creator does the same: "postgres", or "template1" where that was dropped.
    private static async Task<NpgsqlConnection> OpenMaintenanceAsync(NpgsqlConnectionStringBuilder target, CancellationToken cancellationToken)
    {
        foreach (var database in new[] { "postgres", "template1" })
        {
            var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(target.ConnectionString) { Database = database }.ConnectionString);
            try
            {
                await connection.OpenAsync(cancellationToken);
                return connection;
            }
            catch (PostgresException e) when (e.SqlState == NoSuchDatabase && database != "template1")
            {
                await connection.DisposeAsync();
            }
        }

        throw new InvalidOperationException("unreachable");
    }

    /// <summary>Tries first, so only a real wait is logged; then waits as long as the other takes (no command timeout).</summary>
    private static async Task TakeTurnAsync(NpgsqlConnection session, string trySql, object key, string what, ILogger logger, CancellationToken cancellationToken)
    {
        await using (var attempt = new NpgsqlCommand(trySql, session) { Parameters = { new("space", Space), new("key", key) } })
        {
            if (await attempt.ExecuteScalarAsync(cancellationToken) is true)
            {
                return;
            }
        }

        logger.LogInformation("Another server is {What}; waiting for it to finish", what);
        await using var wait = new NpgsqlCommand(trySql.Replace("pg_try_advisory_lock", "pg_advisory_lock", StringComparison.Ordinal), session)
        {
            CommandTimeout = 0,
            Parameters = { new("space", Space), new("key", key) },
        };
        await wait.ExecuteNonQueryAsync(cancellationToken);
    }
}
