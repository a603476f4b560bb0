using System.Data.Common;
using KnowledgeHub.Data;
using KnowledgeHub.Import;
using KnowledgeHub.Import.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeHub.Tests.Data;

/// <summary>
/// An existing SQLite database from before the Danish collation upgrades with every row kept: that
/// migration rebuilds tables (SQLite cannot change a column's collation in place) outside a
/// transaction, with foreign keys off, so a lost or orphaned row would go unnoticed at start.
/// </summary>
public sealed class SqliteUpgradeTests : IAsyncLifetime
{
    private const string BeforeDanishCollation = "20261123051256_Editing";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "knowledgehub-upgrade", Guid.NewGuid().ToString("N"));
    private ServiceProvider _services = null!;

    public Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["KnowledgeHub:DataDirectory"] = _directory,
            ["KnowledgeHub:SeedDirectory"] = RepositoryPaths.SeedData,
        }).Build();
        _services = new ServiceCollection().AddLogging().AddKnowledgeHubData(configuration).AddKnowledgeHubImport(configuration).BuildServiceProvider();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_seeded_database_from_before_the_danish_collation_keeps_every_row()
    {
        await using (var db = await OpenAsync())
        {
            await db.GetService<IMigrator>().MigrateAsync(BeforeDanishCollation);
        }

        await using (var db = await OpenAsync())
        {
            Assert.Contains(await db.Database.GetPendingMigrationsAsync(), m => m.EndsWith("_DanishCollation", StringComparison.Ordinal));
        }

        // Today's importer writes columns that later migrations add; give the old schema those
        // columns for the import (empty, as the seed copy leaves them out) and take them away
        // again, so the upgrade adds them itself, at the same place.
        using var seed = new SeedCopy();
        StripLaterColumns(seed);
        await ExecuteAsync(LaterColumns.Select(c => $"ALTER TABLE \"Records\" ADD COLUMN \"{c}\" TEXT NULL"));
        var set = await SeedReader.ReadDirectoryAsync(seed.Directory);
        await _services.GetRequiredService<SeedImporter>().ImportAsync(set);
        var before = await DumpAsync();
        await ExecuteAsync(LaterColumns.Select(c => $"ALTER TABLE \"Records\" DROP COLUMN \"{c}\""));

        await _services.GetRequiredService<DatabaseInitializer>().InitializeAsync();

        var after = await DumpAsync();
        // Every table and index is still there; later migrations only add indexes.
        Assert.Empty(before.Keys.Except(after.Keys));
        Assert.All(after.Keys.Except(before.Keys), name => Assert.StartsWith("index ", name, StringComparison.Ordinal));
        Assert.Contains(before, t => t.Key.StartsWith("table Records", StringComparison.Ordinal) && t.Value.Count > 0);
        foreach (var (name, rows) in before)
        {
            Assert.True(rows.SequenceEqual(after[name]), $"{name}: {rows.Count} rows before, {after[name].Count} after, or different content");
        }

        await using var upgraded = await OpenAsync();
        Assert.Empty(await upgraded.Database.SqlQueryRaw<string>("SELECT \"table\" AS \"Value\" FROM pragma_foreign_key_check").ToListAsync());
        Assert.Equal(["ok"], await upgraded.Database.SqlQueryRaw<string>("SELECT integrity_check AS \"Value\" FROM pragma_integrity_check").ToListAsync());
        Assert.Empty(await upgraded.Database.GetPendingMigrationsAsync());
        // The point of the migration: names now sort in Danish order ("Aarhus" as "Århus", last;
        // byte order would put it first and "Ærø" last).
        var names = await upgraded.Municipalities.OrderBy(m => m.Name).Select(m => m.Name).ToListAsync();
        Assert.Equal(names.Order(StringComparer.Create(new System.Globalization.CultureInfo("da-DK"), ignoreCase: false)), names);
        Assert.Equal("Aarhus", names[^1]);
    }

    /// <summary>Columns added after the Danish collation (FamilyProgramPractice), in the order the migration adds them.</summary>
    private static readonly string[] LaterColumns = ["Cost", "OutcomesTargeted", "Staffing", "Training"];

    private static void StripLaterColumns(SeedCopy seed)
    {
        var file = Path.Combine(seed.Directory, "family-programs.json");
        var root = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(file))!;
        foreach (var program in root["familyPrograms"]!.AsArray())
            foreach (var field in new[] { "cost", "outcomesTargeted", "staffing", "training" })
                program!.AsObject().Remove(field);
        seed.Write("family-programs.json", root.ToJsonString());
    }

    private async Task ExecuteAsync(IEnumerable<string> statements)
    {
        await using var db = await OpenAsync();
        foreach (var sql in statements)
            await db.Database.ExecuteSqlRawAsync(sql);
    }

    private async Task<KnowledgeHubDbContext> OpenAsync() =>
        await _services.GetRequiredService<IDbContextFactory<KnowledgeHubDbContext>>().CreateDbContextAsync();

    /// <summary>Every table's rows (columns by name, so a rebuild's column order does not matter) and every index's definition.</summary>
    private async Task<Dictionary<string, List<string>>> DumpAsync()
    {
        await using var db = await OpenAsync();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var dump = new Dictionary<string, List<string>>();
        foreach (var (type, name) in await ObjectsAsync(connection))
        {
            dump[$"{type} {name}"] = type == "table" ? await RowsAsync(connection, name) : [];
        }

        return dump;
    }

    private static async Task<List<(string Type, string Name)>> ObjectsAsync(DbConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND name <> '__EFMigrationsHistory' AND type IN ('table', 'index', 'trigger', 'view')";
        await using var reader = await command.ExecuteReaderAsync();
        var objects = new List<(string, string)>();
        while (await reader.ReadAsync())
        {
            objects.Add((reader.GetString(0), reader.GetString(1)));
        }

        return objects;
    }

    private static async Task<List<string>> RowsAsync(DbConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\"";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).OrderBy(reader.GetName)
                .Select(i => $"{reader.GetName(i)}={Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)}")));
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
