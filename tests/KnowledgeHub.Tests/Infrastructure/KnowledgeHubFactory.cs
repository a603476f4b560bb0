using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeHub.Tests.Infrastructure;

/// <summary>
/// The real server over HTTP, on a real database (a SQLite file in a fresh temp folder, or a fresh
/// PostgreSQL database, see <see cref="TestDatabase"/>), seeded from the real seed-data/ unless a
/// test points it at another seed folder.
/// </summary>
public class KnowledgeHubFactory : WebApplicationFactory<Program>
{
    public KnowledgeHubFactory()
        : this(Path.Combine(Path.GetTempPath(), "knowledgehub-tests", Guid.NewGuid().ToString("N")))
    {
    }

    // Not public: xunit class fixtures must have exactly one public constructor.
    private KnowledgeHubFactory(TestDatabase database) => Database = database;

    private KnowledgeHubFactory(string dataDirectory) => Database = TestDatabase.Create(dataDirectory);

    public TestDatabase Database { get; }

    public string DataDirectory => Database.DataDirectory;

    public string? SeedDirectory { get; init; }

    /// <summary>False for a server that restarts on another's database, which that other cleans up.</summary>
    public bool OwnsDatabase { get; private init; } = true;

    /// <summary>Configuration a test needs (low limits, other modes), applied before the host reads it.</summary>
    public Dictionary<string, string?> Settings { get; init; } = [];

    /// <summary>Services a test swaps in, e.g. a resolver that throws.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    public string Environment { get; init; } = "Testing";

    /// <summary>A second server on an existing data directory and database, e.g. a restart on what another left.</summary>
    public static KnowledgeHubFactory Reusing(TestDatabase database, Action<IServiceCollection>? services = null) =>
        new(database) { OwnsDatabase = false, TestServices = services };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        // No balancer to tell: a test server stops at once (ShutdownTests and draining tests set their own).
        builder.UseSetting("KnowledgeHub:Hosting:DrainPeriod", "00:00:00");
        foreach (var (key, value) in Database.Settings())
        {
            builder.UseSetting(key, value);
        }

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

    /// <summary>Stops the server but keeps its database, for a restart on it through <see cref="Reusing"/>.</summary>
    public async Task DisposeHostAsync()
    {
        _keepDatabaseOnDispose = true;
        await DisposeAsync();
    }

    private bool _keepDatabaseOnDispose;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!OwnsDatabase || _keepDatabaseOnDispose)
        {
            return;
        }

        Database.Drop();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow shutdown only costs temp space.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }
}
