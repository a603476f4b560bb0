using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeHub.Tests.Infrastructure;

/// <summary>
/// The real server over HTTP, on a real SQLite file in a fresh temp folder, seeded from the real
/// seed-data/ unless a test points it at another seed folder.
/// </summary>
public class KnowledgeHubFactory : WebApplicationFactory<Program>
{
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "knowledgehub-tests", Guid.NewGuid().ToString("N"));

    public string? SeedDirectory { get; init; }

    /// <summary>Configuration a test needs (low limits, other modes), applied before the host reads it.</summary>
    public Dictionary<string, string?> Settings { get; init; } = [];

    /// <summary>Services a test swaps in, e.g. a resolver that throws.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    public string Environment { get; init; } = "Testing";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("KnowledgeHub:DataDirectory", DataDirectory);
        if (SeedDirectory is not null)
        {
            builder.UseSetting("KnowledgeHub:SeedDirectory", SeedDirectory);
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (TestServices is not null)
        {
            builder.ConfigureTestServices(TestServices);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow shutdown only costs temp space.
        }
    }
}
