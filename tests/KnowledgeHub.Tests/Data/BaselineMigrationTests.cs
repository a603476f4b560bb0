using KnowledgeHub.Data;
using KnowledgeHub.Import;
using KnowledgeHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeHub.Tests.Data;

/// <summary>
/// One baseline migration per provider (no deployment predates it): a new database and a database
/// at the baseline both reach today's model, and a database from the earlier migration chain is
/// refused with a line an operator can act on. Runs on the suite's provider (SQLite or PostgreSQL).
/// </summary>
public sealed class BaselineMigrationTests : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Create(Path.Combine(Path.GetTempPath(), "knowledgehub-baseline", Guid.NewGuid().ToString("N")));
    private ServiceProvider _services = null!;

    public Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(
            _database.Settings().Append(new("KnowledgeHub:SeedDirectory", RepositoryPaths.SeedData))).Build();
        _services = new ServiceCollection().AddLogging().AddKnowledgeHubData(configuration).AddKnowledgeHubImport(configuration).BuildServiceProvider();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_new_database_reaches_the_model_with_the_one_baseline()
    {
        await _services.GetRequiredService<DatabaseInitializer>().InitializeAsync();

        await using var db = await OpenAsync();
        var applied = await db.Database.GetAppliedMigrationsAsync();
        Assert.Single(applied, m => m.EndsWith("_Baseline", StringComparison.Ordinal));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        // The model a migration would be generated from equals the one the code builds: a model
        // change without its migration fails here.
        Assert.False(db.Database.HasPendingModelChanges());
        Assert.True(await db.Records.AnyAsync());
    }

    [Fact]
    public async Task A_database_at_the_baseline_keeps_its_rows_and_reaches_the_model()
    {
        string baseline;
        await using (var db = await OpenAsync())
        {
            await CreateMissingPostgresDatabaseAsync();
            baseline = db.Database.GetMigrations().Single(m => m.EndsWith("_Baseline", StringComparison.Ordinal));
            await db.GetService<IMigrator>().MigrateAsync(baseline);
        }

        await _services.GetRequiredService<KnowledgeHub.Import.Seed.SeedImporter>().ImportDirectoryAsync(SeedAsAtTheBaseline());
        var before = await CountsAsync();

        await _services.GetRequiredService<DatabaseInitializer>().InitializeAsync();

        Assert.Equal(before, await CountsAsync());
        await using var upgraded = await OpenAsync();
        Assert.Empty(await upgraded.Database.GetPendingMigrationsAsync());
        Assert.False(upgraded.Database.HasPendingModelChanges());
    }

    [Fact]
    public async Task A_database_from_before_the_baseline_is_refused_with_what_to_do()
    {
        await _services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        await using (var db = await OpenAsync())
        {
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ('20261123045356_Initial', '10.0.0')");
        }

        var refused = await Assert.ThrowsAsync<DatabaseConfigurationException>(() => _services.GetRequiredService<DatabaseInitializer>().InitializeAsync());
        Assert.Contains("20261123045356_Initial", refused.Message, StringComparison.Ordinal);
        Assert.Contains("start from an empty database", refused.Message, StringComparison.Ordinal);
    }

    /// <summary>Fields whose tables came with a later migration; a database at the baseline cannot hold them.</summary>
    private static readonly string[] FieldsAfterTheBaseline = ["statedMunicipalityCounts"];

    /// <summary>The real seed-data/ without the fields added since the baseline, in a copy beside the test's database.</summary>
    private string SeedAsAtTheBaseline()
    {
        var copy = Path.Combine(_database.DataDirectory, "seed-at-baseline");
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.SeedData, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(RepositoryPaths.SeedData, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (!file.EndsWith(".json", StringComparison.Ordinal) || file.Contains($"{Path.DirectorySeparatorChar}schema{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                File.Copy(file, target);
                continue;
            }

            var root = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(file))!.AsObject();
            foreach (var list in root.Where(p => p.Value is System.Text.Json.Nodes.JsonArray).Select(p => p.Value!.AsArray()).ToList())
                foreach (var item in list.OfType<System.Text.Json.Nodes.JsonObject>())
                    foreach (var field in FieldsAfterTheBaseline)
                        item.Remove(field);
            File.WriteAllText(target, root.ToJsonString());
        }

        return copy;
    }

    private async Task<(int Records, int Municipalities, int Changes)> CountsAsync()
    {
        await using var db = await OpenAsync();
        return (await db.Records.CountAsync(), await db.Municipalities.CountAsync(), await db.RecordChanges.CountAsync());
    }

    /// <summary>The initializer creates a missing PostgreSQL database; migrating by hand needs it first.</summary>
    private async Task CreateMissingPostgresDatabaseAsync()
    {
        if (_database.PostgresConnectionString is { } connectionString)
        {
            await using var turn = await PostgresStartLock.AcquireAsync(connectionString, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, CancellationToken.None);
        }
    }

    private async Task<KnowledgeHubDbContext> OpenAsync() =>
        await _services.GetRequiredService<IDbContextFactory<KnowledgeHubDbContext>>().CreateDbContextAsync();

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        _database.Drop();
        if (Directory.Exists(_database.DataDirectory))
        {
            Directory.Delete(_database.DataDirectory, recursive: true);
        }
    }
}
