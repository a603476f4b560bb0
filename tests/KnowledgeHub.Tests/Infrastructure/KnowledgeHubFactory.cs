using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KnowledgeHub.Tests.Infrastructure;

/// <summary>
/// The real server over HTTP, on a real SQLite file in a fresh temp folder, seeded from the real
/// seed-data/ unless a test points it at another seed folder.
/// </summary>
public class KnowledgeHubFactory : WebApplicationFactory<Program>
{
    public string DataDirectory { get; init; } = Path.Combine(Path.GetTempPath(), "knowledgehub-tests", Guid.NewGuid().ToString("N"));

    public string? SeedDirectory { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("KnowledgeHub:DataDirectory", DataDirectory);
        if (SeedDirectory is not null)
        {
            builder.UseSetting("KnowledgeHub:SeedDirectory", SeedDirectory);
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
