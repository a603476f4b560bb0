extern alias api;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KnowledgeHub.Benchmarks;

/// <summary>
/// The real server in process, through its whole HTTP pipeline (TestServer): on a copy of the
/// database folder in KNOWLEDGEHUB_BENCH_DATA (e.g. 10,000 generated records), or else on a
/// fresh database seeded from seed-data/.
/// </summary>
public sealed class InProcessServer : WebApplicationFactory<api::KnowledgeHub.Api.GraphQL.KnowledgeHubSchema>
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "knowledgehub-benchmarks", Guid.NewGuid().ToString("N"));

    private readonly IReadOnlyDictionary<string, string> _settings;

    public InProcessServer(IReadOnlyDictionary<string, string>? settings = null)
    {
        _settings = settings ?? new Dictionary<string, string>();
        // The factory looks for the server's project folder from the working directory, which
        // BenchmarkDotNet moves; this names it.
        var repository = Path.GetDirectoryName(SyntheticCorpus.FindSeedDirectory())!;
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_KNOWLEDGEHUB_API", Path.Combine(repository, "src", "KnowledgeHub.Api"));
        if (Environment.GetEnvironmentVariable("KNOWLEDGEHUB_BENCH_DATA") is { Length: > 0 } source)
        {
            Directory.CreateDirectory(_data);
            foreach (var file in Directory.GetFiles(source))
            {
                File.Copy(file, Path.Combine(_data, Path.GetFileName(file)));
            }
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("KnowledgeHub:DataDirectory", _data);
        builder.UseSetting("KnowledgeHub:SeedDirectory", SyntheticCorpus.FindSeedDirectory());
        builder.UseSetting("KnowledgeHub:RateLimiting:Enabled", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // Temp space only.
        }
    }
}
