using System.Globalization;
using KnowledgeHub.Data;
using KnowledgeHub.Search.Indexing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace KnowledgeHub.Import.Indexing;

/// <summary>
/// Keeps the index a projection of the database: built at start when missing or out of date,
/// rebuilt on demand (the CLI), and updated after each change so a record written through the
/// API is searchable in the next request. Each commit of the index is stamped with the last
/// change-log sequence it reflects, so a start reads two numbers instead of every record.
/// </summary>
public sealed class SearchIndexer(IDbContextFactory<KnowledgeHubDbContext> contexts, SearchIndex index, ILogger<SearchIndexer> logger)
{
    /// <summary>Fewer changed records than this are applied one by one; more, and the whole index is rebuilt.</summary>
    public const int RebuildAbove = 2_000;

    private const string StampPrefix = "changes:";

    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>The last change-log entry the index reflects; later ones are applied by <see cref="CatchUpAsync"/>.</summary>
    private long _applied;

    /// <summary>For /readyz: how far the index has followed the change log.</summary>
    public long AppliedSequence => Interlocked.Read(ref _applied);

    /// <summary>The change log's last sequence, read without the gate (for /readyz).</summary>
    public async Task<long> LastSequenceAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.RecordChanges.MaxAsync(c => (long?)c.Sequence, cancellationToken) ?? 0;
    }

    private volatile bool _rebuilding;

    /// <summary>
    /// At start: current when the index was stamped with the log's last sequence and holds as many
    /// records as the database; behind (a crash between a commit and its index update, or writes by
    /// the command line while no server ran), it catches up from its stamp; anything else rebuilds.
    /// </summary>
    public Task EnsureCurrentAsync(CancellationToken cancellationToken = default) => GatedAsync(async ct =>
    {
        var (last, count) = await ContentAsync(ct);
        var stamped = StampedSequence();
        if (stamped is { } applied && applied <= last)
        {
            Interlocked.Exchange(ref _applied, applied);
            await CatchUpCoreAsync(ct);
            if (index.Count == count)
            {
                logger.LogInformation("Search index is current ({Count} records, change {Sequence})", index.Count, _applied);
                return;
            }
        }

        await RebuildCoreAsync(ct);
    }, cancellationToken);

    public Task RebuildAsync(CancellationToken cancellationToken = default) => GatedAsync(RebuildCoreAsync, cancellationToken);

    /// <summary>Re-reads these records and writes them to the index; ids no longer in the database are removed.</summary>
    public Task UpdateAsync(IReadOnlyCollection<int> recordIds, CancellationToken cancellationToken = default) =>
        GatedAsync(ct => UpdateCoreAsync(recordIds, _applied, ct), cancellationToken);

    /// <summary>
    /// Applies every change-log entry after the last one applied: the records they name are
    /// re-read and written (or removed). Idempotent, one at a time, and the same path for this
    /// server's own commits and, on PostgreSQL, for other servers' (see ChangeLogFollower).
    /// </summary>
    public Task CatchUpAsync(CancellationToken cancellationToken = default) => GatedAsync(CatchUpCoreAsync, cancellationToken);

    /// <summary>
    /// Applies the log up to <paramref name="sequence"/> when the index is behind by few enough
    /// changes to apply one by one: a request that sees another writer's commit makes search as
    /// current as the rest before it answers. A larger gap is a bulk import, which the follower
    /// rebuilds for; no request waits for that. Meanwhile search counts what the rebuild has not
    /// replaced yet, but hits are loaded through the visibility rule, so none is shown to a reader
    /// who may not see it.
    /// </summary>
    public async Task CatchUpIfBehindAsync(long sequence, CancellationToken cancellationToken = default)
    {
        var behind = sequence - Interlocked.Read(ref _applied);
        if (behind > 0 && behind <= RebuildAbove && !_rebuilding)
        {
            await CatchUpAsync(cancellationToken);
        }
    }

    /// <summary>One write to the index at a time: a rebuild, an update or a catch-up.</summary>
    private async Task GatedAsync(Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await work(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task CatchUpCoreAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var changes = await db.RecordChanges.Where(c => c.Sequence > _applied).OrderBy(c => c.Sequence)
            .Select(c => new { c.Sequence, c.RecordId }).ToListAsync(cancellationToken);
        if (changes.Count == 0)
        {
            return;
        }

        var ids = changes.Select(c => c.RecordId).Distinct().ToList();
        // A bulk import (the seed at first start, a large file by the command line): one streamed
        // rebuild costs less than re-reading and re-writing most of the records one by one.
        if (ids.Count > RebuildAbove && ids.Count > index.Count / 4)
        {
            await RebuildCoreAsync(cancellationToken);
            return;
        }

        await UpdateCoreAsync(ids, changes[^1].Sequence, cancellationToken);
        Interlocked.Exchange(ref _applied, changes[^1].Sequence);
        logger.LogDebug("Search index caught up to change {Sequence}", _applied);
    }

    private async Task RebuildCoreAsync(CancellationToken cancellationToken)
    {
        var started = TimeProvider.System.GetTimestamp();
        _rebuilding = true;
        try
        {
            // Read first: a change committed while this runs has a later sequence and is caught up after.
            var (last, _) = await ContentAsync(cancellationToken);
            await index.RebuildAsync(ct => SearchProjection.StreamAsync(contexts, ct), Stamp(last), cancellationToken);
            Interlocked.Exchange(ref _applied, last);
        }
        finally
        {
            _rebuilding = false;
        }

        logger.LogInformation("Search index rebuilt with {Count} records in {Seconds:0.0} s (dictionary pass {Dictionary:0.0} s, writing pass {Writing:0.0} s)",
            index.Count, TimeProvider.System.GetElapsedTime(started).TotalSeconds,
            index.LastRebuild?.Dictionary.TotalSeconds, index.LastRebuild?.Writing.TotalSeconds);
    }

    private async Task UpdateCoreAsync(IReadOnlyCollection<int> recordIds, long sequence, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var documents = await SearchProjection.LoadAsync(db, recordIds, cancellationToken);
        var deleted = recordIds.Except(documents.Select(d => d.Id)).ToList();
        await index.UpdateAsync(documents, deleted, Stamp(Math.Max(sequence, StampedSequence() ?? 0)), cancellationToken);
    }

    /// <summary>The log's last sequence (its primary key's maximum) and the number of records: neither reads the records.</summary>
    private async Task<(long Last, int Count)> ContentAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var last = await db.RecordChanges.MaxAsync(c => (long?)c.Sequence, cancellationToken) ?? 0;
        return (last, await db.Records.CountAsync(cancellationToken));
    }

    private long? StampedSequence() =>
        index.CommittedVersion is { } version && version.StartsWith(StampPrefix, StringComparison.Ordinal)
        && long.TryParse(version.AsSpan(StampPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            ? sequence
            : null;

    private static string Stamp(long sequence) => string.Create(CultureInfo.InvariantCulture, $"{StampPrefix}{sequence}");
}
