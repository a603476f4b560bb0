using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;

namespace KnowledgeHub.Data;

/// <summary>
/// Case folding that treats Danish letters right. SQLite's lower() and LIKE fold ASCII only, so
/// "ø" would not find "Ø"; on SQLite <see cref="Fold"/> runs as a .NET function registered on
/// every connection, elsewhere it maps to the database's own lower(), which is Unicode-aware
/// (PostgreSQL). Filters fold the column and the value the same way and compare the results.
/// </summary>
public static class TextFolding
{
    private const string SqliteName = "kh_fold";

    /// <summary>Lower-case, in canonical composition (a typed "å" and a combined "å" are equal).</summary>
    public static string? Fold(string? text) => text?.Normalize(NormalizationForm.FormC).ToLowerInvariant();

    internal static void Map(ModelBuilder modelBuilder, string? providerName)
    {
        var function = modelBuilder.HasDbFunction(typeof(TextFolding).GetMethod(nameof(Fold))!);
        if (providerName == "Microsoft.EntityFrameworkCore.Sqlite")
        {
            function.HasName(SqliteName);
        }
        else
        {
            function.HasTranslation(args => new SqlFunctionExpression(
                "lower", args, nullable: true, argumentsPropagateNullability: [true], typeof(string), null));
        }
    }

    /// <summary>Registers <see cref="Fold"/> on each SQLite connection as it opens (a pooled connection keeps it).</summary>
    internal sealed class SqliteRegistration : DbConnectionInterceptor
    {
        public static readonly SqliteRegistration Instance = new();

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Register(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Register(connection);
            return Task.CompletedTask;
        }

        private static void Register(DbConnection connection)
        {
            if (connection is SqliteConnection sqlite)
            {
                sqlite.CreateFunction<string?, string?>(SqliteName, Fold, isDeterministic: true);
            }
        }
    }
}
