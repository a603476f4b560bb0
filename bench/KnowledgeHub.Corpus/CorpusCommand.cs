using System.CommandLine;
using KnowledgeHub.Import.Seed;

namespace KnowledgeHub.Corpus;

// Not top-level statements: their generated Program class would clash with the host's in the tests.
internal static class CorpusCommand
{
    public static async Task<int> Main(string[] args)
    {
        var records = new Option<int>("--records") { Description = "How many records to generate.", Required = true };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed gives the same corpus.", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--output") { Description = "The folder to write (created; a non-empty folder must be an earlier generated corpus).", Required = true };
        var seedData = new Option<string>("--seed-data") { Description = "The real seed data whose vocabulary and reference data the corpus uses.", DefaultValueFactory = _ => "seed-data" };
        var root = new RootCommand("Writes a synthetic corpus in the seed-data format, from the real seed vocabulary, for benchmarks.") { records, seed, output, seedData };
        root.SetAction(async (parse, ct) =>
        {
            var count = parse.GetValue(records);
            if (count <= 0)
            {
                await Console.Error.WriteLineAsync("corpus: --records must be positive.");
                return 1;
            }

            var real = Path.GetFullPath(parse.GetValue(seedData)!);
            var target = Path.GetFullPath(parse.GetValue(output)!);
            try
            {
                await new CorpusGenerator(real, await SeedReader.ReadDirectoryAsync(real, ct), parse.GetValue(seed)).WriteAsync(target, count, null, ct);
            }
            catch (InvalidOperationException e)
            {
                await Console.Error.WriteLineAsync($"corpus: {e.Message}");
                return 1;
            }

            Console.WriteLine($"Generated {count} synthetic records in {target}.");
            return 0;
        });
        return await root.Parse(args).InvokeAsync();
    }
}
