using System.Globalization;
using KnowledgeHub.Data;
using KnowledgeHub.Search.Indexing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace KnowledgeHub.Import.Indexing;

/// <summary>
/// Keeps the index a projection of the database: built at start when missing or out of date,
/// rebuilt on demand (the CLI), and updated after each change so a record written through the
/// API is searchable in the next request.
/// </summary>
public sealed class SearchIndexer(IDbContextFactory<KnowledgeHubDbContext> contexts, SearchIndex index, ILogger<SearchIndexer> logger)
{
    private readonly SemaphoreSlim _catchUp = new(1, 1);

    /// <summary>The last change-log entry the index reflects; later ones are applied by <see cref="CatchUpAsync"/>.</summary>
    private long _applied;

    /// <summary>
    /// Rebuilds when the index was written from other content (or by another format): this is also
    /// what repairs an index after a crash between a database commit and its index update.
    /// </summary>
    public async Task EnsureCurrentAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Read first: a change committed while this runs has a later sequence and is caught up after.
        _applied = await db.RecordChanges.MaxAsync(c => (long?)c.Sequence, cancellationToken) ?? 0;
        var version = await ContentVersionAsync(db, cancellationToken);
        if (index.IsCurrent(version))
        {
            logger.LogInformation("Search index is current ({Count} records)", index.Count);
            return;
        }

        await RebuildAsync(cancellationToken);
    }

    public async Task RebuildAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var version = await ContentVersionAsync(db, cancellationToken);
        var documents = await SearchProjection.LoadAsync(db, null, cancellationToken);
        await index.RebuildAsync(documents, version, cancellationToken);
        logger.LogInformation("Search index rebuilt with {Count} records", documents.Count);
    }

    /// <summary>Re-reads these records and writes them to the index; ids no longer in the database are removed.</summary>
    public async Task UpdateAsync(IReadOnlyCollection<int> recordIds, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var documents = await SearchProjection.LoadAsync(db, recordIds, cancellationToken);
        var deleted = recordIds.Except(documents.Select(d => d.Id)).ToList();
        await index.UpdateAsync(documents, deleted, await ContentVersionAsync(db, cancellationToken), cancellationToken);
    }

    public Task DeleteAsync(int recordId, CancellationToken cancellationToken = default) => UpdateAsync([recordId], cancellationToken);

    /// <summary>
    /// Applies every change-log entry after the last one applied: the records they name are
    /// re-read and written (or removed). Idempotent, one at a time, and the same path for this
    /// server's own commits and, on PostgreSQL, for other servers' (see ChangeLogFollower).
    /// </summary>
    public async Task CatchUpAsync(CancellationToken cancellationToken = default)
    {
        await _catchUp.WaitAsync(cancellationToken);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var changes = await db.RecordChanges.Where(c => c.Sequence > _applied).OrderBy(c => c.Sequence)
                .Select(c => new { c.Sequence, c.RecordId }).ToListAsync(cancellationToken);
            if (changes.Count == 0)
            {
                return;
            }

            await UpdateAsync(changes.Select(c => c.RecordId).Distinct().ToList(), cancellationToken);
            _applied = changes[^1].Sequence;
            logger.LogDebug("Search index caught up to change {Sequence}", _applied);
        }
        finally
        {
            _catchUp.Release();
        }
    }

    /// <summary>
    /// What the index must reflect: every change bumps a record's version and update time, and a
    /// deletion lowers the count, so any change to records changes this.
    /// </summary>
    private static async Task<string> ContentVersionAsync(KnowledgeHubDbContext db, CancellationToken cancellationToken)
    {
        var count = await db.Records.CountAsync(cancellationToken);
        var versions = await db.Records.SumAsync(r => (long)r.Version, cancellationToken);
        var updated = await db.Records.MaxAsync(r => (DateTime?)r.UpdatedAt, cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"{count}:{versions}:{updated:O}");
    }
}
