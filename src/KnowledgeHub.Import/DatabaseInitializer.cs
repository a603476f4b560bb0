using KnowledgeHub.Data;
using KnowledgeHub.Import.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeHub.Import;

/// <summary>
/// Brings the database to the current migration and, when it holds nothing yet, imports the seed
/// data. A database that has content is never re-imported, so a restart loses and duplicates nothing.
/// </summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<KnowledgeHubDbContext> contexts,
    SeedImporter importer,
    IOptions<ImportOptions> options,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        // Held until the seed is in, so a server that waited finds content and imports nothing.
        await using var turn = await StartLockAsync(cancellationToken);
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await RefuseHistoryFromBeforeTheBaselineAsync(db, cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
            if (await db.Municipalities.AnyAsync(cancellationToken) || await db.Records.AnyAsync(cancellationToken))
            {
                logger.LogInformation("Database already holds content; no seed import");
                return;
            }
        }

        var directory = options.Value.ResolveSeedDirectory();
        logger.LogInformation("Importing seed data from {Directory}", directory);
        var summary = await importer.ImportDirectoryAsync(directory, cancellationToken);
        logger.LogInformation("Imported {Records} records and {Municipalities} municipalities", summary.Records, summary.Municipalities);
    }

    /// <summary>
    /// The migrations were folded into one baseline per provider before any deployment existed, so a
    /// database made by the earlier chain (a developer's old data directory) cannot be upgraded; say
    /// so instead of letting the baseline fail on tables that already exist.
    /// </summary>
    private static async Task RefuseHistoryFromBeforeTheBaselineAsync(KnowledgeHubDbContext db, CancellationToken cancellationToken)
    {
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var unknown = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Where(m => !known.Contains(m)).ToList();
        if (unknown.Count > 0)
        {
            throw new DatabaseConfigurationException(
                $"The database was made by migrations from before the baseline ({string.Join(", ", unknown)}); " +
                "no deployment predates it, so start from an empty database (delete the data directory, or drop the PostgreSQL database).");
        }
    }

    /// <summary>
    /// On PostgreSQL, the turn among servers starting together (see <see cref="PostgresStartLock"/>);
    /// it also creates a missing database, so EF Core never meets one (it logs that at Error).
    /// SQLite needs none: EF Core's migration lock covers its file.
    /// </summary>
    private async Task<PostgresStartLock?> StartLockAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return db.Database.IsNpgsql()
            ? await PostgresStartLock.AcquireAsync(db.Database.GetConnectionString()!, logger, cancellationToken)
            : null;
    }
}
