using KnowledgeHub.GraphQL.Http.Caching;
using System.Diagnostics;
using System.Globalization;
using KnowledgeHub.Data;
using KnowledgeHub.Import.Changes;
using KnowledgeHub.Import.Indexing;
using KnowledgeHub.Search.Indexing;
using Lucene.Net.Index;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KnowledgeHub.Api.GraphQL.Http.Caching;

/// <summary>
/// What every answer depends on besides its request: the latest change-log entry in the database
/// (sequence and time, so a replaced database with the same count of changes still differs) and
/// the search index's reader version. Read before executing, so an answer is never tagged with a
/// newer version than the data it was made from. A request never uses a position read longer
/// than one poll interval before it arrived, so another writer's commit is seen by every request
/// that starts one interval after it; when that read finds changes the index has not applied yet
/// (another writer's), it applies them first, so search is as current as the rest. This server's
/// own commits move it at once, before the mutation answers.
/// </summary>
public sealed class ContentVersion(
    IDbContextFactory<KnowledgeHubDbContext> contexts, SearchIndex index, SearchIndexer indexer, IOptionsMonitor<HttpCachingOptions> options)
    : IContentVersion, IRecordChangeHandler
{
    private readonly Lock _gate = new();
    // One read of the position at a time: requests that find it stale wait for the read under way
    // and use it if it started recently enough for them, else read again themselves.
    private readonly SemaphoreSlim _reading = new(1, 1);
    private Snapshot? _current;

    public async ValueTask<string> CurrentAsync(CancellationToken cancellationToken)
    {
        var current = await SnapshotAsync(cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"{current.Database}/{IndexVersion()}");
    }

    /// <summary>The latest change-log sequence, as fresh as the tags' (for copies that follow the log in memory).</summary>
    public async ValueTask<long> SequenceAsync(CancellationToken cancellationToken) => (await SnapshotAsync(cancellationToken)).Sequence;

    private async ValueTask<Snapshot> SnapshotAsync(CancellationToken cancellationToken)
    {
        var arrived = Stopwatch.GetTimestamp();
        if (FreshFor(arrived) is { } current)
        {
            return current;
        }

        await _reading.WaitAsync(cancellationToken);
        try
        {
            return FreshFor(arrived) ?? await ReadAsync(Stopwatch.GetTimestamp(), catchUpIndex: true);
        }
        finally
        {
            _reading.Release();
        }
    }

    private Snapshot? FreshFor(long arrived) =>
        Volatile.Read(ref _current) is { } current && Stopwatch.GetElapsedTime(current.ReadAt, arrived) < options.CurrentValue.VersionPollInterval
            ? current
            : null;

    /// <summary>After this server's commit: reads the change-log position in a read that starts now, shared by no one.</summary>
    public Task HandleAsync(long upToSequence, CancellationToken cancellationToken) => ReadAsync(Stopwatch.GetTimestamp(), catchUpIndex: false);

    private async Task<Snapshot> ReadAsync(long readAt, bool catchUpIndex)
    {
        Snapshot snapshot;
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var latest = await db.RecordChanges.OrderByDescending(c => c.Sequence)
                .Select(c => new { c.Sequence, c.At }).FirstOrDefaultAsync();
            snapshot = new Snapshot(latest?.Sequence ?? 0, string.Create(CultureInfo.InvariantCulture, $"{latest?.Sequence ?? 0}.{latest?.At.Ticks ?? 0}"), readAt);
        }

        if (catchUpIndex)
        {
            await indexer.CatchUpIfBehindAsync(snapshot.Sequence);
        }

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

    private long IndexVersion() => index.Read(searcher => searcher.IndexReader is DirectoryReader reader ? reader.Version : 0);

    public sealed record Snapshot(long Sequence, string Database, long ReadAt);
}
