using System.CommandLine;
using KnowledgeHub.Domain.Access;
using KnowledgeHub.Import.Records;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace KnowledgeHub.Cli.Commands;

/// <summary>`import FILE|FOLDER [--dry-run]`: the importRecords mutation's code path, without its size limit.</summary>
public static class ImportCommand
{
    // Files above this show a progress bar on a terminal.
    private const long LargeFile = 1024 * 1024;

    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("path")
        {
            Description = "A seed-format JSON file of programs, familyPrograms, inspirationCases and/or municipalExperiences, "
                          + "or a folder: every *.json file in it and its subfolders, as one import (not a schema/ folder or "
                          + "reference-data.json, which the benchmarks' corpus generator (bench/KnowledgeHub.Corpus) writes beside the records).",
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check and report, but write nothing." };
        var command = new Command("import",
            "Import records (upsert by owner and externalId, else slug): all or nothing across every file, with a report per record. "
            + "Status: a new record is a draft (not shown to anonymous readers) unless its file gives \"status\": \"published\" (or archived); "
            + "a matched record keeps its stored status unless the file gives one.")
        {
            file, dryRun,
        };
        command.SetAction((parse, ct) => context.RunAsync(async services =>
        {
            var path = Path.GetFullPath(parse.GetValue(file)!);
            var paths = ImportFiles.Find(path);
            if (paths is null)
            {
                await context.Error.WriteLineAsync($"knowledgehub: no file or folder '{path}'");
                return CliApp.Failed;
            }

            if (paths.Count == 0)
            {
                await context.Error.WriteLineAsync($"knowledgehub: no *.json files in '{path}'");
                return CliApp.Failed;
            }

            // Read when the import gets to them, not all held at once.
            var files = paths.Select(one => ImportFile.FromDisk(Directory.Exists(path) ? Path.GetRelativePath(path, one) : Path.GetFileName(one), one)).ToList();

            var importer = services.GetRequiredService<RecordImporter>();
            var isDryRun = parse.GetValue(dryRun);
            var large = paths.Sum(p => new FileInfo(p).Length) > LargeFile;
            var report = large && context.Console.Profile.Capabilities.Interactive
                ? await WithProgressAsync(context.Console, progress => importer.ImportAsync(files, Actor.Cli, isDryRun, everyRecord: false, progress, ct))
                : await importer.ImportAsync(files, Actor.Cli, isDryRun, everyRecord: false, null, ct);
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
