namespace KnowledgeHub.Bench;

/// <summary>SQL statements per request and latency of the nested queries the DataLoaders and child connections batch.</summary>
public static class NestedBench
{
    public static readonly (string Label, string Query)[] Queries =
    [
        ("50 programs + themes, municipalities{region}, sources", "{ programs(first: 50) { nodes { title themes { name } municipalities { name region { name } } sources { url } } } }"),
        ("5 programs + themes, municipalities{region}, sources", "{ programs(first: 5) { nodes { title themes { name } municipalities { name region { name } } sources { url } } } }"),
        ("50 municipalities + records(first: 5){totalCount, themes}", "{ municipalities(first: 50) { nodes { name records(first: 5) { totalCount nodes { title themes { slug } } } } } }"),
        ("5 municipalities + records(first: 5){totalCount, themes}", "{ municipalities(first: 5) { nodes { name records(first: 5) { totalCount nodes { title themes { slug } } } } } }"),
        ("20 themes + records(first: 5){nodes{title}}", "{ themes(first: 20) { nodes { name records(first: 5) { nodes { title } } } } }"),
    ];

    public static async Task RunAsync(string seedData, int iterations)
    {
        var seed = SyntheticSeed.Create(seedData, extraPrograms: 60, descriptionLength: 1500);
        using var counter = new SqlCounter();
        using (var server = new BenchServer(seed))
        {
            using var client = server.CreateClient();
            foreach (var (label, query) in Queries)
            {
                await server.QueryAsync(client, query);
                counter.Reset();
                await server.QueryAsync(client, query);
                Console.WriteLine($"{label,-58} {counter.Count,3} SQL statements, {counter.Compilations} query compilations");
            }

            foreach (var (label, query) in Queries)
            {
                await Measure.LatencyAsync(label, iterations, () => server.QueryAsync(client, query));
            }
        }

        Directory.Delete(seed, recursive: true);
    }
}
