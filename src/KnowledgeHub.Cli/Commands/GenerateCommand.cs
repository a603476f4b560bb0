using System.CommandLine;
using KnowledgeHub.Import;
using KnowledgeHub.Import.Generation;
using KnowledgeHub.Import.Seed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeHub.Cli.Commands;

/// <summary>`generate --records N --seed S --output DIR`: a synthetic corpus for benchmarks, never real content.</summary>
public static class GenerateCommand
{
    public static Command Create(CliContext context)
    {
        var records = new Option<int>("--records") { Description = "How many records to generate.", Required = true };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed gives the same corpus.", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--output") { Description = "The folder to write (created; a non-empty folder must be an earlier generated corpus).", Required = true };
        var command = new Command("generate", "Write a synthetic corpus in the seed-data format, from the real seed vocabulary, for benchmarks.") { records, seed, output };
        command.SetAction((parse, ct) => context.RunAsync(async services =>
        {
            var count = parse.GetValue(records);
            if (count <= 0)
            {
                await context.Error.WriteLineAsync("knowledgehub: --records must be positive.");
                return CliApp.Failed;
            }

            var real = services.GetRequiredService<IOptions<ImportOptions>>().Value.ResolveSeedDirectory();
            var set = await SeedReader.ReadDirectoryAsync(real, ct);
            var target = Path.GetFullPath(parse.GetValue(output)!);
            try
            {
                await new CorpusGenerator(real, set, parse.GetValue(seed)).WriteAsync(target, count, null, ct);
            }
            catch (InvalidOperationException e)
            {
                await context.Error.WriteLineAsync($"knowledgehub: {e.Message}");
                return CliApp.Failed;
            }

            await context.Output.WriteLineAsync($"Generated {count} synthetic records in {target}.");
            return CliApp.Ok;
        }, ct, database: false));
        return command;
    }
}
