using System.Data.Common;
using KnowledgeHub.GraphQL.Paging;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KnowledgeHub.GraphQL.Tests.Paging;

/// <summary>
/// Rows of a base type read with the selected columns only: each row built as its own kind, each
/// column read once whatever the number of kinds, and a kind's column never set on another kind.
/// </summary>
public sealed class SelectedColumnsTests : IAsyncLifetime
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly StringReads _reads = new();
    private ShapesContext _db = null!;

    public async Task InitializeAsync()
    {
        await _connection.OpenAsync();
        _db = new ShapesContext(new DbContextOptionsBuilder<ShapesContext>().UseSqlite(_connection).AddInterceptors(_reads).Options);
        await _db.Database.EnsureCreatedAsync();
        _db.AddRange(
            new Circle { Name = "sun", Note = "hot", Radius = 7, Colour = "yellow" },
            new Square { Name = "box", Side = 2, Colour = "brown" },
            new Triangle { Name = "sail", Note = "white" });
        await _db.SaveChangesAsync();
        _db.ChangeTracker.Clear();
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        await _connection.DisposeAsync();
    }

    [Fact]
    public async Task Each_row_is_its_own_kind_with_the_selected_columns()
    {
        var shapes = await ReadAsync("name", "radius", "colour");

        var sun = Assert.IsType<Circle>(shapes[0]);
        Assert.Equal(("sun", 7, "yellow", null), (sun.Name, sun.Radius, sun.Colour, sun.Note));
        var box = Assert.IsType<Square>(shapes[1]);
        Assert.Equal(("box", 0, "brown"), (box.Name, box.Side, box.Colour));
        Assert.Equal("sail", Assert.IsType<Triangle>(shapes[2]).Name);
    }

    [Fact]
    public async Task A_column_every_kind_shares_is_read_once_a_row()
    {
        _reads.Columns.Clear();
        var shapes = await ReadAsync("name", "note");

        Assert.Equal(["sun", "box", "sail"], shapes.Select(s => s.Name));
        Assert.Equal(["hot", null, "white"], shapes.Select(s => s.Note));
        Assert.Equal(3, _reads.Columns["Name"]);
        Assert.Equal(2, _reads.Columns["Note"]);
    }

    private Task<List<Shape>> ReadAsync(params string[] fields) =>
        SelectedColumns.ReadAsync(_db.Shapes.OrderBy(s => s.Id), _db.Model, fields.ToHashSet(), CancellationToken.None);

    public abstract class Shape
    {
        public int Id { get; set; }

        public string Name { get; set; } = "";

        public string? Note { get; set; }
    }

    public sealed class Circle : Shape
    {
        public int Radius { get; set; }

        public string? Colour { get; set; }
    }

    /// <summary>Its <c>Colour</c> is a column of its own (EF Core names it <c>Square_Colour</c>).</summary>
    public sealed class Square : Shape
    {
        public int Side { get; set; }

        public string? Colour { get; set; }
    }

    public sealed class Triangle : Shape;

    private sealed class ShapesContext(DbContextOptions<ShapesContext> options) : DbContext(options)
    {
        public DbSet<Shape> Shapes => Set<Shape>();

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Circle>();
            modelBuilder.Entity<Square>();
            modelBuilder.Entity<Triangle>();
        }
    }

    /// <summary>Counts the strings read from each column (by name) of the readers it wraps.</summary>
    private sealed class StringReads : DbCommandInterceptor
    {
        public Dictionary<string, int> Columns { get; } = [];

        public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult<DbDataReader>(new CountingReader(result, Columns));
    }

    private sealed class CountingReader(DbDataReader inner, Dictionary<string, int> columns) : DbDataReader
    {
        public override string GetString(int ordinal)
        {
            columns[inner.GetName(ordinal)] = columns.GetValueOrDefault(inner.GetName(ordinal)) + 1;
            return inner.GetString(ordinal);
        }

        public override T GetFieldValue<T>(int ordinal) => typeof(T) == typeof(string) ? (T)(object)GetString(ordinal) : inner.GetFieldValue<T>(ordinal);

        public override int Depth => inner.Depth;
        public override int FieldCount => inner.FieldCount;
        public override bool HasRows => inner.HasRows;
        public override bool IsClosed => inner.IsClosed;
        public override int RecordsAffected => inner.RecordsAffected;
        public override object this[int ordinal] => inner[ordinal];
        public override object this[string name] => inner[name];
        public override bool GetBoolean(int ordinal) => inner.GetBoolean(ordinal);
        public override byte GetByte(int ordinal) => inner.GetByte(ordinal);
        public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) => inner.GetBytes(ordinal, dataOffset, buffer, bufferOffset, length);
        public override char GetChar(int ordinal) => inner.GetChar(ordinal);
        public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) => inner.GetChars(ordinal, dataOffset, buffer, bufferOffset, length);
        public override string GetDataTypeName(int ordinal) => inner.GetDataTypeName(ordinal);
        public override DateTime GetDateTime(int ordinal) => inner.GetDateTime(ordinal);
        public override decimal GetDecimal(int ordinal) => inner.GetDecimal(ordinal);
        public override double GetDouble(int ordinal) => inner.GetDouble(ordinal);
        public override System.Collections.IEnumerator GetEnumerator() => inner.GetEnumerator();
        public override Type GetFieldType(int ordinal) => inner.GetFieldType(ordinal);
        public override float GetFloat(int ordinal) => inner.GetFloat(ordinal);
        public override Guid GetGuid(int ordinal) => inner.GetGuid(ordinal);
        public override short GetInt16(int ordinal) => inner.GetInt16(ordinal);
        public override int GetInt32(int ordinal) => inner.GetInt32(ordinal);
        public override long GetInt64(int ordinal) => inner.GetInt64(ordinal);
        public override string GetName(int ordinal) => inner.GetName(ordinal);
        public override int GetOrdinal(string name) => inner.GetOrdinal(name);
        public override object GetValue(int ordinal) => inner.GetValue(ordinal);
        public override int GetValues(object[] values) => inner.GetValues(values);
        public override bool IsDBNull(int ordinal) => inner.IsDBNull(ordinal);
        public override bool NextResult() => inner.NextResult();
        public override bool Read() => inner.Read();
        public override Task<bool> ReadAsync(CancellationToken cancellationToken) => inner.ReadAsync(cancellationToken);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
