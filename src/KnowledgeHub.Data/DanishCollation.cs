using System.Globalization;
using KnowledgeHub.Domain.Organisations;
using KnowledgeHub.Domain.Places;
using KnowledgeHub.Domain.Publications;
using KnowledgeHub.Domain.Records;
using KnowledgeHub.Domain.Taxonomy;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeHub.Data;

/// <summary>
/// Danish alphabetical order for names and titles (æ, ø, å after z; "aa" as å), the same on both
/// providers: PostgreSQL's ICU collation da-DK-x-icu, and on SQLite a collation of the same name
/// backed by .NET's da-DK comparer (ICU too), registered on every connection (<see cref="SqliteConnectionSetup"/>).
/// </summary>
public static class DanishCollation
{
    public const string PostgresName = "da-DK-x-icu";
    public const string SqliteName = "DANISH";

    private static readonly CompareInfo Danish = CultureInfo.GetCultureInfo("da-DK").CompareInfo;

    internal static void Map(ModelBuilder modelBuilder, string? providerName)
    {
        var name = providerName == "Microsoft.EntityFrameworkCore.Sqlite" ? SqliteName : PostgresName;
        modelBuilder.Entity<Record>().Property(r => r.Title).UseCollation(name);
        modelBuilder.Entity<Municipality>().Property(m => m.Name).UseCollation(name);
        modelBuilder.Entity<Region>().Property(r => r.Name).UseCollation(name);
        modelBuilder.Entity<Theme>().Property(t => t.Name).UseCollation(name);
        modelBuilder.Entity<TargetGroup>().Property(t => t.Name).UseCollation(name);
        modelBuilder.Entity<Organisation>().Property(o => o.Name).UseCollation(name);
        modelBuilder.Entity<Publication>().Property(p => p.Title).UseCollation(name);
    }

    internal static void Register(SqliteConnection sqlite) =>
        sqlite.CreateCollation(SqliteName, (a, b) => Danish.Compare(a, b, CompareOptions.None));
}
