using System.Data.Common;
using KnowledgeHub.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.ChangeTracking.Internal;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Update;

namespace KnowledgeHub.Import.Bulk;

/// <summary>
/// Writes what a context holds as Added the way SaveChanges would, but set-based: generated keys
/// are handed out in the order the entities were added (file order; SaveChanges numbers them in
/// the order of its own dependency sort instead, so the same seed gets other ids, which nothing
/// promises), then each table gets multi-row INSERTs, one statement
/// per table and entity type, prepared once and reused with new parameter values. The rows, their
/// columns and their values are EF Core's own (its model, value converters and type mappings), so
/// the tables end up as SaveChanges leaves them; what goes is the per-row command building, the
/// reading back of each generated key and the fix-up after it. The entries are accepted
/// (Unchanged) afterwards, so the caller may clear the tracker. Runs inside the caller's transaction.
/// </summary>
internal sealed class BulkRowWriter(KnowledgeHubDbContext db) : IAsyncDisposable
{
    private readonly bool _postgres = db.Database.IsNpgsql();

    /// <summary>
    /// Parameters per statement: rows enough to amortise a statement, far below the providers'
    /// limits. SQLite binds each parameter by looking its name up in a list (a linear search), so
    /// a statement's binding costs its parameters squared: at 4,000 that was an eighth of a first
    /// start's CPU; 400 keeps it a hundredth. PostgreSQL binds by position.
    /// </summary>
    private int ParametersPerStatement => _postgres ? 4_000 : 400;
    private readonly ISqlGenerationHelper _sql = db.GetService<ISqlGenerationHelper>();

    /// <summary>The next key per table whose keys this writer hands out (the counter lives here, not in the database, until <see cref="FinishAsync"/>).</summary>
    private readonly Dictionary<string, (IProperty Key, long Next)> _keys = new(StringComparer.Ordinal);

    private readonly Dictionary<(IEntityType Type, int Rows), Statement> _statements = [];

    public int RowsWritten { get; private set; }

    /// <summary>Writes every Added entry, principals' tables before their dependents', and accepts them.</summary>
    public async Task WriteAddedAsync(CancellationToken cancellationToken)
    {
        var added = db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).ToList();
        if (added.Count == 0)
        {
            return;
        }

        await AssignKeysAsync(added, cancellationToken);
        var byTable = added.GroupBy(e => TableOf(e.Metadata)).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var table in InDependencyOrder(byTable))
        {
            foreach (var group in InsertOrder(byTable[table]).GroupBy(e => e.Metadata))
            {
                await InsertAsync(group.Key, group.ToList(), cancellationToken);
            }
        }

        db.ChangeTracker.AcceptAllChanges();
    }

    /// <summary>PostgreSQL's identity sequences learn the keys handed out here (SQLite's AUTOINCREMENT follows explicit keys by itself).</summary>
    public async Task FinishAsync(CancellationToken cancellationToken)
    {
        if (!_postgres)
        {
            return;
        }

        foreach (var (table, (key, next)) in _keys)
        {
            await ScalarAsync($"SELECT setval(pg_get_serial_sequence('{Delimit(table)}', '{key.GetColumnName()}'), {next - 1})", cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var statement in _statements.Values)
        {
            await statement.Command.DisposeAsync();
        }
    }

    /// <summary>
    /// Keys in the order of adding: an entity added earlier has the smaller temporary key. Within
    /// a table this is file order, so a record's id says where it stood in its file.
    /// </summary>
    private async Task AssignKeysAsync(List<EntityEntry> added, CancellationToken cancellationToken)
    {
        foreach (var group in added.Where(HasTemporaryKey).GroupBy(e => TableOf(e.Metadata)))
        {
            var key = group.First().Metadata.FindPrimaryKey()!.Properties[0];
            var ordered = group.OrderBy(e => Convert.ToInt64(e.Property(key.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            if (!_keys.TryGetValue(group.Key, out var counter))
            {
                counter = (key, await FirstKeyAsync(group.Key, key, cancellationToken));
            }

            foreach (var entry in ordered)
            {
                entry.Property(key.Name).CurrentValue = Convert.ChangeType(counter.Next++, key.ClrType, System.Globalization.CultureInfo.InvariantCulture);
            }

            _keys[group.Key] = counter;
        }
    }

    private static bool HasTemporaryKey(EntityEntry entry) =>
        entry.Metadata.FindPrimaryKey() is { Properties: [var key] } && key.ValueGenerated == ValueGenerated.OnAdd
        && entry.Property(key.Name).IsTemporary;

    /// <summary>The key the database would give next: the identity sequence's next value, or past SQLite's AUTOINCREMENT high-water mark.</summary>
    private async Task<long> FirstKeyAsync(string table, IProperty key, CancellationToken cancellationToken)
    {
        var column = Delimit(key.GetColumnName());
        var sql = _postgres
            ? $"SELECT nextval(pg_get_serial_sequence('{Delimit(table)}', '{key.GetColumnName()}'))"
            : $"SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = '{table}'), 0), COALESCE((SELECT MAX({column}) FROM {Delimit(table)}), 0)) + 1";
        return Convert.ToInt64(await ScalarAsync(sql, cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A table after the tables it refers to; within one, a row after another row of the same
    /// batch it refers to (a record after its parent), else in key order.
    /// </summary>
    private static IEnumerable<string> InDependencyOrder(Dictionary<string, List<EntityEntry>> byTable)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var order = new List<string>();
        void Visit(string table, HashSet<string> path)
        {
            if (done.Contains(table) || !path.Add(table))
            {
                return;
            }

            foreach (var type in byTable[table].Select(e => e.Metadata).Distinct())
            {
                foreach (var principal in type.GetForeignKeys().Select(fk => TableOf(fk.PrincipalEntityType)))
                {
                    if (principal != table && byTable.ContainsKey(principal))
                    {
                        Visit(principal, path);
                    }
                }
            }

            done.Add(table);
            order.Add(table);
        }

        foreach (var table in byTable.Keys.Order(StringComparer.Ordinal))
        {
            Visit(table, new HashSet<string>(StringComparer.Ordinal));
        }

        return order;
    }

    private static IEnumerable<EntityEntry> InsertOrder(List<EntityEntry> entries)
    {
        var inBatch = entries.Select(e => e.Entity).ToHashSet(ReferenceEqualityComparer.Instance);
        var depth = new Dictionary<object, int>(ReferenceEqualityComparer.Instance);
        int Depth(object entity, IEntityType type, int guard)
        {
            if (depth.TryGetValue(entity, out var known))
            {
                return known;
            }

            var d = 0;
            foreach (var fk in type.GetForeignKeys().Where(fk => fk.DependentToPrincipal is not null && TableOf(fk.PrincipalEntityType) == TableOf(type)))
            {
                if (guard < 10_000 && fk.DependentToPrincipal!.GetGetter().GetClrValue(entity) is { } principal && inBatch.Contains(principal))
                {
                    d = Math.Max(d, Depth(principal, fk.PrincipalEntityType, guard + 1) + 1);
                }
            }

            depth[entity] = d;
            return d;
        }

        return entries.Select((e, i) => (Entry: e, Index: i, Depth: Depth(e.Entity, e.Metadata, 0))).OrderBy(x => x.Depth).ThenBy(x => x.Index).Select(x => x.Entry);
    }

    private async Task InsertAsync(IEntityType type, List<EntityEntry> entries, CancellationToken cancellationToken)
    {
        var columns = Columns(type);
        var perStatement = Math.Max(1, Math.Min(500, ParametersPerStatement / columns.Count));
        foreach (var chunk in entries.Chunk(perStatement))
        {
            var statement = StatementFor(type, columns, chunk.Length);
            var p = 0;
            foreach (var entry in chunk)
            {
#pragma warning disable EF1001 // The provider values exactly as SaveChanges would send them (converters included).
                var update = (IUpdateEntry)((IInfrastructure<InternalEntityEntry>)entry).Instance;
#pragma warning restore EF1001
                foreach (var property in columns)
                {
                    statement.Parameters[p++].Value = update.GetCurrentProviderValue(property) ?? DBNull.Value;
                }
            }

            await statement.Command.ExecuteNonQueryAsync(cancellationToken);
            RowsWritten += chunk.Length;
        }
    }

    /// <summary>The columns EF Core's INSERT for this entity type names: its properties' and its complex properties' columns in this table.</summary>
    private static List<IProperty> Columns(IEntityType type)
    {
        var table = StoreObjectIdentifier.Table(TableOf(type), type.GetSchema());
        var columns = type.GetProperties().Where(p => p.GetColumnName(table) is not null).ToList();
        columns.AddRange(type.GetComplexProperties().SelectMany(c => c.ComplexType.GetProperties()).Where(p => p.GetColumnName(table) is not null));
        return columns;
    }

    private Statement StatementFor(IEntityType type, List<IProperty> columns, int rows)
    {
        if (_statements.TryGetValue((type, rows), out var statement))
        {
            return statement;
        }

        var tableName = TableOf(type);
        var table = StoreObjectIdentifier.Table(tableName, type.GetSchema());
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var parameters = new List<DbParameter>(rows * columns.Count);
        var values = new List<string>(rows);
        for (var r = 0; r < rows; r++)
        {
            var names = new List<string>(columns.Count);
            foreach (var property in columns)
            {
                var name = $"@p{parameters.Count}";
                var parameter = property.GetRelationalTypeMapping().CreateParameter(command, name, null, property.IsNullable);
                command.Parameters.Add(parameter);
                parameters.Add(parameter);
                names.Add(name);
            }

            values.Add($"({string.Join(", ", names)})");
        }

        command.CommandText = $"INSERT INTO {Delimit(tableName)} ({string.Join(", ", columns.Select(p => Delimit(p.GetColumnName(table)!)))}) VALUES {string.Join(", ", values)}";
        statement = new Statement(command, parameters);
        _statements[(type, rows)] = statement;
        return statement;
    }

    private async Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private string Delimit(string identifier) => _sql.DelimitIdentifier(identifier);

    private static string TableOf(IEntityType type) => type.GetTableName() ?? throw new InvalidOperationException($"{type.DisplayName()} has no table.");

    private sealed record Statement(DbCommand Command, List<DbParameter> Parameters);
}
