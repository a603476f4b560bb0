using KnowledgeHub.Data;
using KnowledgeHub.Domain.Access;
using KnowledgeHub.Domain.Records;
using KnowledgeHub.Import.Changes;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeHub.Import.Seed;

/// <summary>
/// Writes a validated seed set into an empty database, all or nothing. Each record's creation is
/// logged like any other change, so the change log replays the whole knowledge base from zero.
/// </summary>
public sealed class SeedImporter(IDbContextFactory<KnowledgeHubDbContext> contexts, TimeProvider time, RecordChangeNotifier notifier)
{
    public async Task<SeedImportSummary> ImportAsync(SeedSet set, CancellationToken cancellationToken = default)
    {
        var errors = new List<SeedError>();
        var refs = new ReferenceDataMapper(errors);
        refs.Map(set);
        var now = time.GetUtcNow().UtcDateTime;
        var records = new RecordMapper(refs, errors, now);
        records.Map(set);
        if (errors.Count > 0)
        {
            throw new SeedImportException(errors);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.BeginWriteTransactionAsync(cancellationToken);
        db.AddRange(refs.Regions.All);
        db.AddRange(refs.Municipalities.All);
        db.AddRange(refs.Themes.All);
        db.AddRange(refs.TargetGroups.All);
        db.AddRange(refs.Organisations.All);
        db.AddRange(refs.Publications.All);
        db.AddRange(refs.LegalBases.All);
        db.AddRange(records.Records);
        await db.SaveChangesAsync(cancellationToken);

        // Logged once the records have their ids.
        var changes = records.Records.Select(r => ChangeLog.Entry(r, ChangeAction.Created, Actor.Seed, now, null, (r.Status, RecordJson.Of(r)))).ToList();
        db.AddRange(changes);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (changes.Count > 0)
        {
            await notifier.NotifyAsync(changes.Max(c => c.Sequence));
        }

        return new SeedImportSummary(refs.Municipalities.All.Count(), records.Records.Count());
    }
}

public sealed record SeedImportSummary(int Municipalities, int Records);
