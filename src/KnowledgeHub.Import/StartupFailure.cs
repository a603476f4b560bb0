using System.Net.Sockets;
using KnowledgeHub.Data;
using KnowledgeHub.Import.Seed;
using Npgsql;

namespace KnowledgeHub.Import;

/// <summary>
/// Turns the failures an operator can fix (bad settings, an unreachable or refusing database, a
/// broken seed file) into one clear line; anything else is a bug and keeps its stack trace.
/// </summary>
public static class StartupFailure
{
    public static string? Describe(Exception exception) => exception switch
    {
        DatabaseConfigurationException e => e.Message,
        SeedImportException e => e.Message,
        PostgresException { SqlState: "28P01" or "28000" } e => $"PostgreSQL refused the login ({e.MessageText}); check ConnectionStrings:KnowledgeHub.",
        PostgresException { SqlState: "3D000" } e => $"PostgreSQL database does not exist ({e.MessageText}).",
        PostgresException e => $"PostgreSQL error {e.SqlState}: {e.MessageText}.",
        NpgsqlException { InnerException: SocketException or TimeoutException or IOException } =>
            "PostgreSQL is unreachable at the host and port in ConnectionStrings:KnowledgeHub.",
        NpgsqlException e => $"PostgreSQL connection failed: {e.Message}",
        Microsoft.Data.Sqlite.SqliteException e => $"SQLite database cannot be opened: {e.Message}",
        UnauthorizedAccessException e => $"No access to the data directory: {e.Message}",
        _ when exception.InnerException is { } inner => Describe(inner),
        _ => null,
    };

    /// <summary>Runs the start-up step; on an operator-fixable failure prints one line and returns false.</summary>
    public static async Task<bool> TryAsync(Func<Task> step)
    {
        try
        {
            await step();
            return true;
        }
        catch (Exception ex) when (Describe(ex) is { } line)
        {
            await Console.Error.WriteLineAsync($"KnowledgeHub cannot start: {line}");
            return false;
        }
    }
}
