using System.CommandLine;
using KnowledgeHub.Domain.Access;
using KnowledgeHub.Import.Records;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace KnowledgeHub.Cli.Commands;

/// <summary>`import FILE [--dry-run]`: the importRecords mutation's code path, without its size limit.</summary>
public static class ImportCommand
{
    // Files above this show a progress bar on a terminal.
    private const long LargeFile = 1024 * 1024;

    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("file") { Description = "A seed-format JSON file of programs, familyPrograms, inspirationCases and/or municipalExperiences." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check and report, but write nothing." };
        var command = new Command("import", "Import records (upsert by owner and externalId, else slug): all or nothing, with a report per record.") { file, dryRun };
        command.SetAction((parse, ct) => context.RunAsync(async services =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await context.Error.WriteLineAsync($"knowledgehub: no file '{path.FullName}'");
                return CliApp.Failed;
            }

            var content = await File.ReadAllTextAsync(path.FullName, ct);
            var importer = services.GetRequiredService<RecordImporter>();
            var isDryRun = parse.GetValue(dryRun);
            var report = path.Length > LargeFile && context.Console.Profile.Capabilities.Interactive
                ? await WithProgressAsync(context.Console, progress => importer.ImportAsync(content, Actor.Cli, isDryRun, progress, ct))
                : await importer.ImportAsync(content, Actor.Cli, isDryRun, null, ct);
            ImportReportView.Write(context.Console, report);
            return report.Rejected > 0 || report.FileProblems.Count > 0 ? CliApp.Failed : CliApp.Ok;
        }, ct));
        return command;
    }

    private static Task<ImportReport> WithProgressAsync(IAnsiConsole console, Func<IProgress<ImportProgress>, Task<ImportReport>> import) =>
        console.Progress().StartAsync(async ctx =>
        {
            var tasks = Enum.GetValues<ImportPhase>().ToDictionary(p => p, p => ctx.AddTask(p.ToString(), autoStart: false));
            var progress = new Progress<ImportProgress>(p =>
            {
                var task = tasks[p.Phase];
                task.StartTask();
                task.MaxValue = Math.Max(1, p.Total);
                task.Value = p.Total == 0 ? 0 : p.Done;
            });
            var report = await import(progress);
            foreach (var task in tasks.Values)
            {
                task.Value = task.MaxValue;
            }

            return report;
        });
}
