using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KnowledgeHub.Import.Bulk;

/// <summary>
/// A single-row INSERT prepared once on the load's SQLite connection, its values bound by position
/// through SQLite's C API and the statement reset for the next row. Microsoft.Data.Sqlite binds
/// each parameter by name (a UTF-8 copy of the name, then SQLite's linear search of the statement's
/// names): at 100k that was a fifth of an import's CPU samples (docs/performance.md, session 13).
/// Values are bound as Microsoft.Data.Sqlite binds them (text as UTF-16, dates in its text form),
/// so the rows are those SaveChanges writes; BulkLoadTests compares them.
/// </summary>
internal sealed class SqliteRowStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    /// <summary>Which parameters hold a value: a reset keeps the bindings, and most of a record's columns are another kind's, NULL row after row.</summary>
    private readonly bool[] _bound;

    public SqliteRowStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The load's connection is not open.");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
        _bound = new bool[raw.sqlite3_bind_parameter_count(_statement)];
    }

    public void Insert(ReadOnlySpan<object?> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is not null || _bound[i])
            {
                Check(Bind(i + 1, values[i]));
                _bound[i] = values[i] is not null;
            }
        }

        // The error's message is read before the reset; a failed load is rolled back as a whole.
        Check(raw.sqlite3_step(_statement));
        raw.sqlite3_reset(_statement);
    }

    public void Dispose() => _statement.Dispose();

    private int Bind(int index, object? value) => value switch
    {
        null => raw.sqlite3_bind_null(_statement, index),
        string text => raw.sqlite3_bind_text16(_statement, index, text),
        bool flag => raw.sqlite3_bind_int64(_statement, index, flag ? 1 : 0),
        int or long or short or byte => raw.sqlite3_bind_int64(_statement, index, Convert.ToInt64(value, CultureInfo.InvariantCulture)),
        double number => raw.sqlite3_bind_double(_statement, index, number),
        DateTime at => raw.sqlite3_bind_text16(_statement, index, at.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture)),
        DateOnly day => raw.sqlite3_bind_text16(_statement, index, day.ToString(@"yyyy\-MM\-dd", CultureInfo.InvariantCulture)),
        byte[] bytes => raw.sqlite3_bind_blob(_statement, index, bytes),
        _ => throw new NotSupportedException($"The bulk writer does not bind {value.GetType().Name} values for SQLite."),
    };

    // Throws for anything but OK, ROW and DONE, with SQLite's message.
    private void Check(int code) => SqliteException.ThrowExceptionForRC(code, _db);
}
