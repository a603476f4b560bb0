using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KnowledgeHub.Data;

/// <summary>
/// What every SQLite connection needs, done as rarely as it stays done. A pooled context reopens
/// its connection for every query (three per page of 50).
/// Per physical connection (the pool's handle keeps them): foreign keys on, and the file read
/// through a memory map instead of a read call per page. A child page or a collection reads
/// thousands of record rows by id; with SQLite's 2 MB page cache each of those page visits was a
/// system call (50 municipalities' 51,000 record links at 100k records: 200 ms, over half of it in
/// the kernel; mapped: 32 ms). The mapped pages are the operating system's file cache, shared and
/// reclaimable, not the process's own memory.
/// Per connection object: the DANISH collation and the kh_fold function. Microsoft.Data.Sqlite
/// registers them on its handle at every open and removes them when the handle goes back to its
/// pool, so registering them again at every open (as before) only did that work twice.
/// </summary>
internal sealed class SqliteConnectionSetup(long memoryMapBytes) : DbConnectionInterceptor
{
    private readonly ConditionalWeakTable<object, object> _done = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } sqlite)
        {
            return;
        }

        if (!_done.TryGetValue(sqlite, out _))
        {
            DanishCollation.Register(sqlite);
            TextFolding.Register(sqlite);
            _done.AddOrUpdate(sqlite, sqlite);
        }

        if (!_done.TryGetValue(handle, out _))
        {
            using var command = sqlite.CreateCommand();
            command.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA foreign_keys = ON; PRAGMA mmap_size = {memoryMapBytes}");
            command.ExecuteNonQuery();
            _done.AddOrUpdate(handle, handle);
        }
    }
}
