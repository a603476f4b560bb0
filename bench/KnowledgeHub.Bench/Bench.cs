namespace KnowledgeHub.Bench;

/// <summary>
/// A throw-away measurement console, not a test: run in Release,
/// <c>dotnet run -c Release --project bench/KnowledgeHub.Bench -- nested|projection [iterations]</c>.
/// </summary>
public static class Bench
{
    public static async Task Main(string[] args)
    {
        var mode = args.Length > 0 ? args[0] : "nested";
        var iterations = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200;
        var root = FindRoot();
        // WebApplicationFactory finds the content root this way outside a test project.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_KNOWLEDGEHUB_API", Path.Combine(root, "src", "KnowledgeHub.Api"));
        var seedData = Path.Combine(root, "seed-data");
        await (mode == "projection" ? ProjectionBench.RunAsync(seedData, iterations) : NestedBench.RunAsync(seedData, iterations));
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeHub.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("KnowledgeHub.sln not found above the bench binaries.");
    }
}
