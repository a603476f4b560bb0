using System.Data.Common;
using System.Globalization;
using System.Runtime.InteropServices;
using KnowledgeHub.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace KnowledgeHub.Import.Bulk;

/// <summary>
/// Writes new entities and what they own the way SaveChanges would, but set-based and without the
/// change tracker: the rows come straight from the entities through EF Core's own model (tables,
/// columns, getters, value converters, type mappings), so the tables end up as SaveChanges leaves
/// them. An entity's own rows are those its cascade-deleted collections reach (a record's sources,
/// links, assessments) and the join rows of its many-to-many lists; anything else it names (a
/// parent, a theme, a municipality) must have its key already or be written in the same call.
/// Generated keys are handed out in the order given (file order; SaveChanges numbers them in the
/// order of its own dependency sort instead, which nothing promises) and set on the entities; then
/// each table gets its INSERTs, prepared once per table and entity type and reused with new values:
/// on SQLite one row at a time bound by position (<see cref="SqliteRowStatement"/>), on PostgreSQL
/// multi-row statements. Runs inside the caller's transaction.
/// </summary>
internal sealed class BulkRowWriter(KnowledgeHubDbContext db) : IAsyncDisposable
{
    private readonly bool _postgres = db.Database.IsNpgsql();

    /// <summary>PostgreSQL's parameters per statement: rows enough to amortise a round trip, far below its limit.</summary>
    private const int ParametersPerStatement = 4_000;
    private readonly ISqlGenerationHelper _sql = db.GetService<ISqlGenerationHelper>();

    /// <summary>The next key per table whose keys this writer hands out (the counter lives here, not in the database, until <see cref="FinishAsync"/>).</summary>
    private readonly Dictionary<string, (IProperty Key, long Next)> _keys = new(StringComparer.Ordinal);

    private readonly Dictionary<(IEntityType Type, int Rows), Statement> _statements = [];
    private readonly Dictionary<IEntityType, SqliteRowStatement> _sqliteStatements = [];
    private readonly Dictionary<IEntityType, Shape> _shapes = [];

    public int RowsWritten { get; private set; }

    /// <summary>
    /// New entities and what they own: written set-based when a writer is given (nothing tracked),
    /// else added and saved by SaveChanges, the path the bulk one is compared with (BulkLoadTests).
    /// </summary>
    public static async Task WriteOrSaveAsync(BulkRowWriter? writer, DbContext db, IEnumerable<object> entities, CancellationToken cancellationToken)
    {
        if (writer is not null)
        {
            await writer.WriteAsync(entities, cancellationToken);
            return;
        }

        db.AddRange(entities);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Writes the entities and the rows they own, principals' tables before their dependents'.</summary>
    public async Task WriteAsync(IEnumerable<object> entities, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<IEntityType, List<Row>>();
        foreach (var entity in entities)
        {
            Collect(new Row(entity, null, null), rows);
        }

        await AssignKeysAsync(rows, cancellationToken);
        var byTable = rows.GroupBy(r => TableOf(r.Key)).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var table in InDependencyOrder(byTable))
        {
            foreach (var (type, ofType) in byTable[table])
            {
                await InsertAsync(type, InsertOrder(type, ofType), cancellationToken);
            }
        }
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

        foreach (var statement in _sqliteStatements.Values)
        {
            statement.Dispose();
        }
    }

    /// <summary>An entity's row, then its owned rows: dependents it deletes with it, and its many-to-many links.</summary>
    private void Collect(Row row, Dictionary<IEntityType, List<Row>> rows)
    {
        var type = db.Model.FindEntityType(row.Entity!.GetType()) ?? throw new InvalidOperationException($"{row.Entity.GetType().Name} is not mapped.");
        Add(type, row, rows);
        var shape = ShapeOf(type);
        foreach (var navigation in shape.Owned)
        {
            foreach (var dependent in Items(navigation.GetGetter().GetClrValue(row.Entity)))
            {
                Collect(new Row(dependent, navigation.ForeignKey, row.Entity), rows);
            }
        }

        foreach (var skip in shape.Links)
        {
            var other = skip.JoinEntityType.GetForeignKeys().Single(fk => fk != skip.ForeignKey);
            foreach (var target in Items(skip.GetGetter().GetClrValue(row.Entity)))
            {
                Add(skip.JoinEntityType, new Row(null, skip.ForeignKey, row.Entity, other, target), rows);
            }
        }
    }

    private static void Add(IEntityType type, Row row, Dictionary<IEntityType, List<Row>> rows) =>
        (CollectionsMarshal.GetValueRefOrAddDefault(rows, type, out _) ??= []).Add(row);

    private static IEnumerable<object> Items(object? value) => value switch
    {
        null => [],
        System.Collections.IEnumerable items => items.Cast<object>(),
        _ => [value],
    };

    /// <summary>Keys in the order given: within a table this is file order, so a record's id says where it stood in its file.</summary>
    private async Task AssignKeysAsync(Dictionary<IEntityType, List<Row>> rows, CancellationToken cancellationToken)
    {
        foreach (var (type, list) in rows)
        {
            if (ShapeOf(type).GeneratedKey is not { } key)
            {
                continue;
            }

            var table = TableOf(type);
            if (!_keys.TryGetValue(table, out var counter))
            {
                counter = (key, await FirstKeyAsync(table, key, cancellationToken));
            }

            foreach (var row in list.Where(r => Convert.ToInt64(key.GetGetter().GetClrValue(r.Entity!), CultureInfo.InvariantCulture) == 0))
            {
                key.PropertyInfo!.SetValue(row.Entity, Convert.ChangeType(counter.Next++, key.ClrType, CultureInfo.InvariantCulture));
            }

            _keys[table] = counter;
        }
    }

    /// <summary>The key the database would give next: the identity sequence's next value, or past SQLite's AUTOINCREMENT high-water mark.</summary>
    private async Task<long> FirstKeyAsync(string table, IProperty key, CancellationToken cancellationToken)
    {
        var column = Delimit(key.GetColumnName());
        var sql = _postgres
            ? $"SELECT nextval(pg_get_serial_sequence('{Delimit(table)}', '{key.GetColumnName()}'))"
            : $"SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = '{table}'), 0), COALESCE((SELECT MAX({column}) FROM {Delimit(table)}), 0)) + 1";
        return Convert.ToInt64(await ScalarAsync(sql, cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>A table after the tables it refers to.</summary>
    private static IEnumerable<string> InDependencyOrder(Dictionary<string, List<KeyValuePair<IEntityType, List<Row>>>> byTable)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var order = new List<string>();
        void Visit(string table, HashSet<string> path)
        {
            if (done.Contains(table) || !path.Add(table))
            {
                return;
            }

            foreach (var principal in byTable[table].SelectMany(t => t.Key.GetForeignKeys()).Select(fk => TableOf(fk.PrincipalEntityType)))
            {
                if (principal != table && byTable.ContainsKey(principal))
                {
                    Visit(principal, path);
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

    /// <summary>Within a table, a row after another row of the same call it refers to (a record after its parent), else in the order given.</summary>
    private static List<Row> InsertOrder(IEntityType type, List<Row> rows)
    {
        var selfReferences = type.GetForeignKeys().Where(fk => fk.DependentToPrincipal is not null && TableOf(fk.PrincipalEntityType) == TableOf(type)).ToList();
        if (selfReferences.Count == 0)
        {
            return rows;
        }

        var inCall = rows.Select(r => r.Entity!).ToHashSet(ReferenceEqualityComparer.Instance);
        var depth = new Dictionary<object, int>(ReferenceEqualityComparer.Instance);
        int Depth(object entity, int guard)
        {
            if (depth.TryGetValue(entity, out var known))
            {
                return known;
            }

            var d = 0;
            foreach (var fk in selfReferences)
            {
                if (guard < 10_000 && fk.DependentToPrincipal!.GetGetter().GetClrValue(entity) is { } principal && inCall.Contains(principal))
                {
                    d = Math.Max(d, Depth(principal, guard + 1) + 1);
                }
            }

            depth[entity] = d;
            return d;
        }

        return rows.Select((r, i) => (Row: r, Index: i, Depth: Depth(r.Entity!, 0))).OrderBy(x => x.Depth).ThenBy(x => x.Index).Select(x => x.Row).ToList();
    }

    private async Task InsertAsync(IEntityType type, List<Row> rows, CancellationToken cancellationToken)
    {
        var columns = ShapeOf(type).Columns;
        if (!_postgres)
        {
            InsertOneByOne(type, columns, rows);
            return;
        }

        var perStatement = Math.Max(1, Math.Min(500, ParametersPerStatement / columns.Count));
        foreach (var chunk in rows.Chunk(perStatement))
        {
            var statement = StatementFor(type, columns, chunk.Length);
            var p = 0;
            foreach (var row in chunk)
            {
                foreach (var column in columns)
                {
                    statement.Parameters[p++].Value = column.ProviderValue(row) ?? DBNull.Value;
                }
            }

            await statement.Command.ExecuteNonQueryAsync(cancellationToken);
            RowsWritten += chunk.Length;
        }
    }

    private void InsertOneByOne(IEntityType type, List<Column> columns, List<Row> rows)
    {
        var statement = CollectionsMarshal.GetValueRefOrAddDefault(_sqliteStatements, type, out _) ??= new SqliteRowStatement(
            (Microsoft.Data.Sqlite.SqliteConnection)db.Database.GetDbConnection(), InsertSql(type, columns, [$"({string.Join(", ", columns.Select((_, i) => $"?{i + 1}"))})"]));
        var values = new object?[columns.Count];
        foreach (var row in rows)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                values[c] = columns[c].ProviderValue(row);
            }

            statement.Insert(values);
        }

        RowsWritten += rows.Count;
    }

    private string InsertSql(IEntityType type, List<Column> columns, IEnumerable<string> values) =>
        $"INSERT INTO {Delimit(TableOf(type))} ({string.Join(", ", columns.Select(c => Delimit(c.Name)))}) VALUES {string.Join(", ", values)}";

    private Shape ShapeOf(IEntityType type) => CollectionsMarshal.GetValueRefOrAddDefault(_shapes, type, out _) ??= Shape.Of(type);

    private Statement StatementFor(IEntityType type, List<Column> columns, int rows)
    {
        if (_statements.TryGetValue((type, rows), out var statement))
        {
            return statement;
        }

        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var parameters = new List<DbParameter>(rows * columns.Count);
        var values = new List<string>(rows);
        for (var r = 0; r < rows; r++)
        {
            var names = new List<string>(columns.Count);
            foreach (var column in columns)
            {
                var name = $"@p{parameters.Count}";
                var parameter = column.Property.GetRelationalTypeMapping().CreateParameter(command, name, null, column.Property.IsNullable);
                command.Parameters.Add(parameter);
                parameters.Add(parameter);
                names.Add(name);
            }

            values.Add($"({string.Join(", ", names)})");
        }

        command.CommandText = InsertSql(type, columns, values);
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

    /// <summary>One row to write: an entity (null for a join row), and the principals it was reached from.</summary>
    private readonly record struct Row(object? Entity, IForeignKey? Via, object? Owner, IForeignKey? Via2 = null, object? Owner2 = null);

    /// <summary>What an entity type writes: its columns, the rows it owns, the key handed out here.</summary>
    private sealed record Shape(List<Column> Columns, List<INavigation> Owned, List<ISkipNavigation> Links, IProperty? GeneratedKey)
    {
        public static Shape Of(IEntityType type)
        {
            var table = StoreObjectIdentifier.Table(TableOf(type), type.GetSchema());
            var properties = type.GetProperties().Concat(type.GetComplexProperties().SelectMany(c => c.ComplexType.GetProperties()));
            return new Shape(
                properties.Where(p => p.GetColumnName(table) is not null).Select(p => new Column(p, p.GetColumnName(table)!)).ToList(),
                type.GetNavigations().Where(n => !n.IsOnDependent && n.ForeignKey.DeleteBehavior == DeleteBehavior.Cascade).ToList(),
                // Only the side a class declares: a theme has no list of its records.
                type.GetSkipNavigations().Where(s => !s.IsShadowProperty()).ToList(),
                type.FindPrimaryKey() is { Properties: [var key] } && key.ValueGenerated == ValueGenerated.OnAdd ? key : null);
        }
    }

    /// <summary>A column and where its value comes from: a principal's key for a foreign key, else the entity's own value; through EF Core's converter.</summary>
    private sealed class Column(IProperty property, string name)
    {
        /// <summary>Each foreign key the column is part of, with the principal's key property it copies.</summary>
        private readonly List<(IForeignKey Key, IProperty Principal)> _foreignKeys =
            property.GetContainingForeignKeys().Select(fk => (fk, fk.PrincipalKey.Properties[fk.Properties.ToList().IndexOf(property)])).ToList();
        private readonly Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? _converter = property.GetTypeMapping().Converter;

        public IProperty Property { get; } = property;

        public string Name { get; } = name;

        public object? ProviderValue(Row row)
        {
            var value = Value(row);
            return _converter is null || value is null ? value : _converter.ConvertToProvider(value);
        }

        private object? Value(Row row)
        {
            foreach (var (fk, key) in _foreignKeys)
            {
                var principal = fk == row.Via ? row.Owner
                    : fk == row.Via2 ? row.Owner2
                    : row.Entity is not null && fk.DependentToPrincipal is { } navigation ? navigation.GetGetter().GetClrValue(row.Entity) : null;
                if (principal is not null)
                {
                    var value = key.GetGetter().GetClrValue(principal);
                    return value is 0 or 0L
                        ? throw new InvalidOperationException($"{fk.DeclaringEntityType.DisplayName()} names a {fk.PrincipalEntityType.DisplayName()} that is not written yet.")
                        : value;
                }
            }

            return row.Entity is null || Property.IsShadowProperty() ? null : Property.GetGetter().GetClrValueUsingContainingEntity(row.Entity);
        }
    }

    private sealed record Statement(DbCommand Command, List<DbParameter> Parameters);
}
