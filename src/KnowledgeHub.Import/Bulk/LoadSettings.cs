using KnowledgeHub.Data;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeHub.Import.Bulk;

/// <summary>
/// SQLite settings for the length of one load, put back when it ends (the connection returns to
/// the pool). A larger page cache keeps the B-trees the load inserts into (records, slugs, the
/// change log and their indexes) in memory instead of spilling and re-reading pages through the
/// WAL. Temporary storage in memory keeps each statement's rollback journal (SQLite spills one
/// past 64 KiB to a temporary file) off the file system: many-row INSERTs rewrite the same pages
/// statement after statement. SQLite reads that setting as a transaction begins, so it is applied
/// before (a load inside a transaction already begun gets only the cache). Nothing here touches durability or atomicity: the load is still
/// one transaction.
/// </summary>
internal sealed class LoadSettings : IAsyncDisposable
{
    /// <summary>Pages of cache for a load, in KiB (SQLite's negative form): 256 MB instead of the default 2 MB.</summary>
    private const int LoadCacheKibibytes = 256 * 1024;

    private readonly KnowledgeHubDbContext _db;
    private readonly long _cacheSize;
    private readonly long _tempStore;

    private LoadSettings(KnowledgeHubDbContext db, long cacheSize, long tempStore)
    {
        _db = db;
        _cacheSize = cacheSize;
        _tempStore = tempStore;
    }

    public static async Task<LoadSettings?> ApplyAsync(KnowledgeHubDbContext db, bool bulk, CancellationToken cancellationToken)
    {
        if (!bulk || !db.Database.IsSqlite())
        {
            return null;
        }

        // Held open, so the settings are on the connection the load's transaction then uses.
        await db.Database.OpenConnectionAsync(cancellationToken);
        var cacheSize = await db.Database.SqlQueryRaw<long>("SELECT cache_size AS \"Value\" FROM pragma_cache_size()").SingleAsync(cancellationToken);
        var tempStore = await db.Database.SqlQueryRaw<long>("SELECT temp_store AS \"Value\" FROM pragma_temp_store()").SingleAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(Pragmas(-LoadCacheKibibytes, Memory), cancellationToken);
        return new LoadSettings(db, cacheSize, tempStore);
    }

    public async ValueTask DisposeAsync() =>
        await _db.Database.ExecuteSqlRawAsync(Pragmas(_cacheSize, _tempStore));

    private const int Memory = 2;

    // Numbers, never text from outside.
    private static string Pragmas(long cacheSize, long tempStore) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"PRAGMA cache_size = {cacheSize}; PRAGMA temp_store = {tempStore};");
}
