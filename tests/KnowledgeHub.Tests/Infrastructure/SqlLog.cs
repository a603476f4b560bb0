using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KnowledgeHub.Tests.Infrastructure;

/// <summary>Records the text of every SQL command the server's contexts execute.</summary>
public sealed class SqlLog : DbCommandInterceptor
{
    private readonly ConcurrentQueue<string> _commands = new();

    /// <summary>What requests sent (<see cref="SentByRequests"/>).</summary>
    public IReadOnlyList<string> Commands => SentByRequests(_commands);

    /// <summary>
    /// The commands requests sent. The change-log follower and the ETag content-version poll read
    /// RecordChanges on their own timers; a tick inside a test's window is theirs, not the request's.
    /// </summary>
    public static IReadOnlyList<string> SentByRequests(IEnumerable<string> commands) =>
        [.. commands.Where(c => !c.Contains("\"RecordChanges\"", StringComparison.Ordinal))];

    public void Clear() => _commands.Clear();

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        _commands.Enqueue(command.CommandText);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        _commands.Enqueue(command.CommandText);
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        _commands.Enqueue(command.CommandText);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        _commands.Enqueue(command.CommandText);
        return ValueTask.FromResult(result);
    }
}
