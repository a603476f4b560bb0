using System.CommandLine;
using KnowledgeHub.Import.Records;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeHub.Cli.Commands;

/// <summary>`export [--kind K] FILE`: every record, any status, in the format `import` reads.</summary>
public static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "Where to write the JSON; - for standard output." };
        var kind = new Option<string?>("--kind") { Description = "Only this kind: programs, familyPrograms, inspirationCases or municipalExperiences." };
        kind.AcceptOnlyFromAmong("programs", "familyPrograms", "inspirationCases", "municipalExperiences");
        var command = new Command("export", "Export records in the seed-file format; importing the export changes nothing.") { file, kind };
        command.SetAction((parse, ct) => context.RunAsync(async services =>
        {
            var target = parse.GetValue(file)!;
            var only = parse.GetValue(kind) is { } list ? SeedKinds.KindOfList(list) : null;
            var exporter = services.GetRequiredService<RecordExporter>();
            if (target == "-")
            {
                await using var stdout = new MemoryStream();
                await exporter.ExportAsync(stdout, only, ct);
                await context.Output.WriteLineAsync(System.Text.Encoding.UTF8.GetString(stdout.ToArray()));
                return CliApp.Ok;
            }

            var count = 0;
            await using (var stream = File.Create(target))
            {
                count = await exporter.ExportAsync(stream, only, ct);
            }

            await context.Output.WriteLineAsync($"Exported {count} records to {Path.GetFullPath(target)}.");
            return CliApp.Ok;
        }, ct));
        return command;
    }
}
