using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace KnowledgeHub.Data;

/// <summary>
/// Every change to records runs in a write transaction, and write transactions run one at a time.
/// That makes the database-generated RecordChange.Sequence the commit order (a change feed reader
/// never sees sequence 7 before 6 is committed) and turns a concurrent update into a clean
/// version conflict rather than a deadlock. SQLite gets it from BEGIN IMMEDIATE (the default of
/// Microsoft.Data.Sqlite), PostgreSQL from a transaction-scoped advisory lock.
/// </summary>
public static class WriteTransactions
{
    // Any constant works; it only has to be the same for every writer.
    private const long RecordWriterLock = 0x4B6E6F77_4875620L;

    public static async Task<IDbContextTransaction> BeginWriteTransactionAsync(this KnowledgeHubDbContext db, CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({RecordWriterLock})", cancellationToken);
        }

        return transaction;
    }
}
