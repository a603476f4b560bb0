using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace KnowledgeHub.Data;

/// <summary>
/// A fixed SELECT of a few columns, run as EF Core's own relational command: interceptors (the
/// tests' statement count), logging and diagnostics see it like any query, but it skips the LINQ
/// pipeline (parameter extraction, the query cache lookup, the shaper), which cost a page's link
/// lists more than SQLite's reading of their pairs.
/// </summary>
public static class RelationalReads
{
    public static async Task<List<T>> ReadAsync<T>(this DbContext db, string sql, Func<DbDataReader, T> row, CancellationToken cancellationToken)
    {
        var command = db.GetService<IRelationalCommandBuilderFactory>().Create().Append(sql).Build();
        var parameters = new RelationalCommandParameterObject(
            db.GetService<IRelationalConnection>(), null, null, db, db.GetService<IRelationalCommandDiagnosticsLogger>());
        await using var reader = await command.ExecuteReaderAsync(parameters, cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(row(reader.DbDataReader));
        }

        return rows;
    }

    /// <summary>
    /// Integer keys written into the statement (<c>IN (1,2,3)</c>): integers cannot carry SQL, and
    /// one form serves SQLite and PostgreSQL, where a list parameter is JSON on one and an array on the other.
    /// </summary>
    public static string InList(IEnumerable<int> ids) => string.Join(',', ids.Select(id => id.ToString(CultureInfo.InvariantCulture)));
}
