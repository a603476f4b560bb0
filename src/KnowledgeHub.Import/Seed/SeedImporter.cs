using KnowledgeHub.Data;
using KnowledgeHub.Domain.Access;
using KnowledgeHub.Domain.Records;
using KnowledgeHub.Import.Changes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeHub.Import.Seed;

/// <summary>
/// Writes a validated seed set into an empty database, all or nothing: one transaction, written
/// in batches whose entities are forgotten once saved, so a million records cost no more memory
/// than a thousand. Each record's creation is logged like any other change, so the change log
/// replays the whole knowledge base from zero.
/// </summary>
public sealed class SeedImporter(
    IDbContextFactory<KnowledgeHubDbContext> contexts, TimeProvider time, RecordChangeNotifier notifier, IOptions<ImportOptions> options,
    ILogger<SeedImporter> logger)
{
    /// <summary>Records per SaveChanges: large enough for batched statements, small enough to track cheaply.</summary>
    public const int BatchSize = 2_000;

    /// <summary>Imports a set already in memory (a small seed; tests): mapped as a whole first, so a wrong reference stops it before the database.</summary>
    public Task<SeedImportSummary> ImportAsync(SeedSet set, CancellationToken cancellationToken = default)
    {
        var errors = new List<SeedError>();
        var refs = new ReferenceDataMapper(errors);
        refs.Map(set);
        new RecordMapper(refs, errors, time.GetUtcNow().UtcDateTime).Map(set);
        if (errors.Count > 0)
        {
            throw new SeedImportException(errors);
        }

        var slugs = new Dictionary<string, RecordKind>(StringComparer.Ordinal);
        foreach (var at in set.Records)
        {
            slugs.TryAdd(at.Item.Slug, Records.SeedKinds.KindOf(at.Item));
        }

        return ImportAsync(set, slugs, new[] { set }.ToAsyncEnumerable(), cancellationToken);
    }

    /// <summary>Imports a seed folder: validated first as a whole, then its records read and written a file at a time.</summary>
    public async Task<SeedImportSummary> ImportDirectoryAsync(string directory, CancellationToken cancellationToken = default)
    {
        var started = time.GetTimestamp();
        var scan = await SeedReader.ScanDirectoryAsync(directory, cancellationToken);
        logger.LogInformation("Validated {Files} seed files ({Records} records) in {Seconds:0.0} s",
            SeedReader.FindFiles(directory).Count, scan.RecordCount, time.GetElapsedTime(started).TotalSeconds);
        return await ImportAsync(scan.References, scan.RecordSlugs, FilesAsync(directory, scan.RecordFiles, cancellationToken), cancellationToken);
    }

    private async Task<SeedImportSummary> ImportAsync(
        SeedSet references, IReadOnlyDictionary<string, RecordKind> slugs, IAsyncEnumerable<SeedSet> records, CancellationToken cancellationToken)
    {
        var (summary, last) = await WriteAsync(references, slugs, records, cancellationToken);
        // After the write's scope has closed: the index rebuild this starts runs without the load's
        // page cache, the bulk writer and the written batches still held.
        if (last is { } sequence)
        {
            await notifier.NotifyAsync(sequence);
        }

        return summary;
    }

    private async Task<(SeedImportSummary Summary, long? Last)> WriteAsync(
        SeedSet references, IReadOnlyDictionary<string, RecordKind> slugs, IAsyncEnumerable<SeedSet> records, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var errors = new List<SeedError>();
        var refs = new ReferenceDataMapper(errors);
        refs.Map(references);
        if (errors.Count > 0)
        {
            throw new SeedImportException(errors);
        }

        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        // Before the transaction: SQLite takes where statement journals go from when it begins.
        await using var load = await Bulk.LoadSettings.ApplyAsync(db, options.Value.BulkLoad, cancellationToken);
        await using var transaction = await db.BeginWriteTransactionAsync(cancellationToken);
        await using var bulk = options.Value.BulkLoad ? new Bulk.BulkRowWriter(db) : null;
        var referenceEntities = References(refs).ToList();
        var writer = new SeedRecordWriter(db, refs, slugs, errors, now, referenceEntities, bulk);
        await writer.SaveAsync(referenceEntities, cancellationToken);
        // Batches run across files: a seed smaller than a batch is written in one SaveChanges, as it always was.
        var pending = new List<Located<RecordSeed>>();
        await foreach (var set in records.WithCancellation(cancellationToken))
        {
            pending.AddRange(set.Records);
            for (; pending.Count >= BatchSize; pending.RemoveRange(0, BatchSize))
            {
                await writer.WriteAsync(Batch(pending.Take(BatchSize)), cancellationToken);
            }
        }

        await writer.WriteAsync(Batch(pending), cancellationToken);

        if (errors.Count > 0)
        {
            // Nothing is committed: the transaction rolls back as it is disposed.
            throw new SeedImportException(errors);
        }

        await writer.LinkDeferredParentsAsync(cancellationToken);
        if (bulk is not null)
        {
            await bulk.FinishAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Wrote {Records} records and their change log in {Seconds:0.0} s", writer.Written, time.GetElapsedTime(started).TotalSeconds);
        return (new SeedImportSummary(refs.Municipalities.All.Count(), writer.Written), writer.LastSequence);
    }

    private static IEnumerable<object> References(ReferenceDataMapper refs) =>
        refs.Regions.All.Cast<object>().Concat(refs.Municipalities.All).Concat(refs.Themes.All).Concat(refs.TargetGroups.All)
            .Concat(refs.Organisations.All).Concat(refs.Publications.All).Concat(refs.LegalBases.All);

    private static SeedSet Batch(IEnumerable<Located<RecordSeed>> records)
    {
        var batch = new SeedSet();
        foreach (var at in records)
        {
            batch.AddRecord(at);
        }

        return batch;
    }

    private static async IAsyncEnumerable<SeedSet> FilesAsync(
        string directory, IEnumerable<(string File, RecordKind Kind)> files, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // One file ahead: the next is parsed on the other core while this one is written.
        Task<SeedSet>? ahead = null;
        foreach (var (file, kind) in files)
        {
            var reading = Task.Run(() => SeedReader.ReadRecordsAsync(directory, file, kind, cancellationToken), cancellationToken);
            if (ahead is not null)
            {
                yield return await ahead;
            }

            ahead = reading;
        }

        if (ahead is not null)
        {
            yield return await ahead;
        }
    }
}

public sealed record SeedImportSummary(int Municipalities, int Records);
