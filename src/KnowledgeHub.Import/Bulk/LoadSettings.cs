using KnowledgeHub.Data;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeHub.Import.Bulk;

/// <summary>
/// SQLite settings for the length of one load, put back when it ends (the connection returns to
/// the pool). A larger page cache keeps the B-trees the load inserts into (records, slugs, the
/// change log and their indexes) in memory instead of spilling and re-reading pages through the
/// WAL. Nothing here touches durability or atomicity: the load is still one transaction.
/// </summary>
internal sealed class LoadSettings : IAsyncDisposable
{
    /// <summary>Pages of cache for a load, in KiB (SQLite's negative form): 256 MB instead of the default 2 MB.</summary>
    private const int LoadCacheKibibytes = 256 * 1024;

    private readonly KnowledgeHubDbContext _db;
    private readonly long _cacheSize;

    private LoadSettings(KnowledgeHubDbContext db, long cacheSize)
    {
        _db = db;
        _cacheSize = cacheSize;
    }

    public static async Task<LoadSettings?> ApplyAsync(KnowledgeHubDbContext db, bool bulk, CancellationToken cancellationToken)
    {
        if (!bulk || !db.Database.IsSqlite())
        {
            return null;
        }

        var cacheSize = await db.Database.SqlQueryRaw<long>("SELECT cache_size AS \"Value\" FROM pragma_cache_size()").SingleAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(CacheSize(-LoadCacheKibibytes), cancellationToken);
        return new LoadSettings(db, cacheSize);
    }

    public async ValueTask DisposeAsync() =>
        await _db.Database.ExecuteSqlRawAsync(CacheSize(_cacheSize));

    // A number, never text from outside.
    private static string CacheSize(long value) => "PRAGMA cache_size = " + value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
