using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;

namespace KnowledgeHub.Data;

/// <summary>
/// Case folding that treats Danish letters right. SQLite's lower() and LIKE fold ASCII only, so
/// "ø" would not find "Ø"; on SQLite <see cref="Fold"/> runs as a .NET function registered on
/// every connection (<see cref="SqliteConnectionSetup"/>), elsewhere it maps to the database's own lower(), which is Unicode-aware
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

    internal static void Register(SqliteConnection sqlite) => sqlite.CreateFunction<string?, string?>(SqliteName, Fold, isDeterministic: true);
}
