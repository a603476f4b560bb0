using System.Net.Sockets;
using Npgsql;

namespace KnowledgeHub.Data;

/// <summary>
/// Tells "the database cannot be reached or is refusing work for now" (down, restarting, out of
/// connections, the pool exhausted) from everything else: the former is answered 503 with
/// Retry-After and logged as one warning, not as a bug with a stack trace per field.
/// </summary>
public static class DatabaseUnavailable
{
    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is AggregateException aggregate && aggregate.InnerExceptions.Any(Is))
            {
                return true;
            }

            if (IsOne(e))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOne(Exception exception) => exception switch
    {
        DatabaseUnavailableException => true,
        // Class 08 (connection), 53 (out of connections, memory, disk), 57P0x (shutting down,
        // starting up), 3D000 (the database is gone). Not class 40: a deadlock or a
        // serialisation failure is this request's bad luck, not an outage.
        PostgresException p => p.SqlState.StartsWith("08", StringComparison.Ordinal) || p.SqlState.StartsWith("53", StringComparison.Ordinal)
                               || p.SqlState.StartsWith("57P0", StringComparison.Ordinal) || p.SqlState == "3D000",
        // Refused, reset, timed out, or no connection free in the pool within its Timeout.
        NpgsqlException n => n.InnerException is SocketException or IOException or TimeoutException || n.IsTransient,
        _ => false,
    };
}

/// <summary>Thrown where the database is known to be out of reach (and by tests that switch it off).</summary>
public sealed class DatabaseUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
