using KnowledgeHub.Data;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeHub.Import.Seed;

/// <summary>Writes a validated seed set into an empty database, all or nothing.</summary>
public sealed class SeedImporter(IDbContextFactory<KnowledgeHubDbContext> contexts, TimeProvider time)
{
    public async Task<SeedImportSummary> ImportAsync(SeedSet set, CancellationToken cancellationToken = default)
    {
        var errors = new List<SeedError>();
        var refs = new ReferenceDataMapper(errors);
        refs.Map(set);
        var records = new RecordMapper(refs, errors, time.GetUtcNow().UtcDateTime);
        records.Map(set);
        if (errors.Count > 0)
        {
            throw new SeedImportException(errors);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.AddRange(refs.Regions.All);
        db.AddRange(refs.Municipalities.All);
        db.AddRange(refs.Themes.All);
        db.AddRange(refs.TargetGroups.All);
        db.AddRange(refs.Organisations.All);
        db.AddRange(refs.Publications.All);
        db.AddRange(refs.LegalBases.All);
        db.AddRange(records.Records);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new SeedImportSummary(refs.Municipalities.All.Count(), records.Records.Count());
    }
}

public sealed record SeedImportSummary(int Municipalities, int Records);
