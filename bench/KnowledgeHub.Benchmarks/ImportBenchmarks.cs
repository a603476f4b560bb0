using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using KnowledgeHub.Data;
using KnowledgeHub.Import;
using KnowledgeHub.Corpus;
using KnowledgeHub.Import.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeHub.Benchmarks;

/// <summary>
/// Seed import rate on SQLite: a generated corpus validated, mapped and written with its change
/// log into a freshly migrated database, as the first start does (without the index, measured by
/// <see cref="IndexBuildBenchmarks"/>). One operation is one record.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MedianColumn]
public class ImportBenchmarks
{
    private const int Records = 5_000;
    private readonly string _root = Path.Combine(Path.GetTempPath(), "knowledgehub-bench-import");
    private string _corpus = "";
    private ServiceProvider _services = null!;
    private string _data = "";

    [GlobalSetup]
    public void Setup()
    {
        var seed = SyntheticCorpus.FindSeedDirectory();
        _corpus = Path.Combine(_root, $"corpus-{Records}");
        if (!File.Exists(Path.Combine(_corpus, CorpusGenerator.MarkerFile)))
        {
            var real = SeedReader.ReadDirectoryAsync(seed).GetAwaiter().GetResult();
            new CorpusGenerator(seed, real, 1).WriteAsync(_corpus, Records).GetAwaiter().GetResult();
        }
    }

    [IterationSetup]
    public void EmptyDatabase()
    {
        // A new folder each time: SQLite's connection pool would otherwise reopen the deleted file.
        _data = Path.Combine(_root, "data", Guid.NewGuid().ToString("N"));
        var data = _data;

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["KnowledgeHub:DataDirectory"] = data,
            ["KnowledgeHub:SeedDirectory"] = _corpus,
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddKnowledgeHubData(configuration);
        services.AddKnowledgeHubImport(configuration);
        _services = services.BuildServiceProvider();
        using var db = _services.GetRequiredService<IDbContextFactory<KnowledgeHubDbContext>>().CreateDbContext();
        db.Database.Migrate();
    }

    [IterationCleanup]
    public void Dispose()
    {
        _services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    [Benchmark(OperationsPerInvoke = Records)]
    public Task<SeedImportSummary> SeedImport() => _services.GetRequiredService<SeedImporter>().ImportDirectoryAsync(_corpus);
}
