using System.Diagnostics;
using System.Globalization;
using KnowledgeHub.Data;
using KnowledgeHub.Search.Indexing;
using Lucene.Net.Index;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KnowledgeHub.Api.GraphQL.Http.Caching;

/// <summary>
/// What every answer depends on besides its request: the latest change-log entry in the database
/// (sequence and time, so a replaced database with the same count of changes still differs) and
/// the search index's reader version (the index follows the log with a lag, and search answers
/// come from it). Read before executing, so an answer is never tagged with a newer version than
/// the data it was made from.
/// </summary>
public sealed class ContentVersion(
    IDbContextFactory<KnowledgeHubDbContext> contexts, SearchIndex index, IOptionsMonitor<HttpCachingOptions> options)
{
    private readonly Lock _gate = new();
    private Snapshot? _current;
    private Task<Snapshot>? _refreshing;

    public async ValueTask<string> CurrentAsync(CancellationToken cancellationToken)
    {
        var current = await SnapshotAsync(cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"{current.Database}/{IndexVersion()}");
    }

    /// <summary>The latest change-log sequence, as fresh as the tags' (for copies that follow the log in memory).</summary>
    public async ValueTask<long> SequenceAsync(CancellationToken cancellationToken) => (await SnapshotAsync(cancellationToken)).Sequence;

    private async ValueTask<Snapshot> SnapshotAsync(CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref _current);
        if (current is null || Stopwatch.GetElapsedTime(current.ReadAt) >= options.CurrentValue.VersionPollInterval)
        {
            current = await RefreshAsync().WaitAsync(cancellationToken);
        }

        return current;
    }

    /// <summary>Reads the change-log position in a read that starts now (after a commit), shared by no one.</summary>
    public Task RefreshNowAsync() => ReadAsync();

    /// <summary>Concurrent requests that find the position stale share one read.</summary>
    private Task<Snapshot> RefreshAsync()
    {
        lock (_gate)
        {
            return _refreshing ??= SharedReadAsync();
        }

        async Task<Snapshot> SharedReadAsync()
        {
            try
            {
                return await ReadAsync();
            }
            finally
            {
                lock (_gate)
                {
                    _refreshing = null;
                }
            }
        }
    }

    private async Task<Snapshot> ReadAsync()
    {
        var readAt = Stopwatch.GetTimestamp();
        await using var db = await contexts.CreateDbContextAsync();
        var latest = await db.RecordChanges.OrderByDescending(c => c.Sequence)
            .Select(c => new { c.Sequence, c.At }).FirstOrDefaultAsync();
        var snapshot = new Snapshot(latest?.Sequence ?? 0, string.Create(CultureInfo.InvariantCulture, $"{latest?.Sequence ?? 0}.{latest?.At.Ticks ?? 0}"), readAt);
        lock (_gate)
        {
            // A read that started later saw at least as much; an older one finishing late must not win.
            if (_current is null || _current.ReadAt <= readAt)
            {
                _current = snapshot;
            }

            return _current;
        }
    }

    private long IndexVersion()
    {
        var searcher = index.Searchers.Acquire();
        try
        {
            return searcher.IndexReader is DirectoryReader reader ? reader.Version : 0;
        }
        finally
        {
            index.Searchers.Release(searcher);
        }
    }

    public sealed record Snapshot(long Sequence, string Database, long ReadAt);
}
