namespace KnowledgeHub.Bench;

/// <summary>
/// A throw-away measurement console (not a test): SQL statements per request and latency of the
/// nested queries the query-conventions issue batches. Run in Release:
/// <c>dotnet run -c Release --project bench/KnowledgeHub.Bench -- [iterations]</c>.
/// </summary>
public static class Bench
{
    public static readonly (string Label, string Query)[] Queries =
    [
        ("50 programs + themes, municipalities{region}, sources", "{ programs(first: 50) { nodes { title themes { name } municipalities { name region { name } } sources { url } } } }"),
        ("5 programs + themes, municipalities{region}, sources", "{ programs(first: 5) { nodes { title themes { name } municipalities { name region { name } } sources { url } } } }"),
        ("50 municipalities + records(first: 5){totalCount, themes}", "{ municipalities(first: 50) { nodes { name records(first: 5) { totalCount nodes { title themes { slug } } } } } }"),
        ("5 municipalities + records(first: 5){totalCount, themes}", "{ municipalities(first: 5) { nodes { name records(first: 5) { totalCount nodes { title themes { slug } } } } } }"),
        ("20 themes + records(first: 5){nodes{title}}", "{ themes(first: 20) { nodes { name records(first: 5) { nodes { title } } } } }"),
    ];

    public static async Task Main(string[] args)
    {
        var iterations = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 200;
        var root = FindRoot();
        // WebApplicationFactory finds the content root this way outside a test project.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_KNOWLEDGEHUB_API", Path.Combine(root, "src", "KnowledgeHub.Api"));
        var seed = SyntheticSeed.Create(Path.Combine(root, "seed-data"), extraPrograms: 60, descriptionLength: 1500);
        using var counter = new SqlCounter();
        using var server = new BenchServer(seed);
        using var client = server.CreateClient();

        foreach (var (label, query) in Queries)
        {
            await server.QueryAsync(client, query);
            counter.Reset();
            await server.QueryAsync(client, query);
            Console.WriteLine($"{label,-58} {counter.Count,3} SQL statements");
        }

        foreach (var (label, query) in Queries)
        {
            await Measure.LatencyAsync(label, iterations, () => server.QueryAsync(client, query));
        }

        Directory.Delete(seed, recursive: true);
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
