using System.Globalization;
using KnowledgeHub.Import.Records;
using Spectre.Console;

namespace KnowledgeHub.Cli.Commands;

/// <summary>The import report on the terminal: what was refused, then the counts and the verdict.</summary>
public static class ImportReportView
{
    private const int MaxRows = 200;

    public static void Write(IAnsiConsole console, ImportReport report)
    {
        foreach (var problem in report.FileProblems)
        {
            console.MarkupLine($"[red]{Markup.Escape(problem.File ?? "file")}[/]{Line(problem.Line)}: {Markup.Escape(problem.Message)}");
        }

        // The refusals are what needs reading; at a million records, a line for each of the rest is not.
        var shown = report.Records.Where(r => r.Outcome == UpsertOutcome.Rejected).ToList();
        if (shown.Count > 0)
        {
            var table = new Table().AddColumns("Position", "Line", "Slug", "Outcome", "Reasons");
            foreach (var record in shown.Take(MaxRows))
            {
                table.AddRow(
                    Markup.Escape(record.Position), record.Line?.ToString(CultureInfo.InvariantCulture) ?? "", Markup.Escape(record.Slug ?? ""),
                    record.Outcome.ToString().ToUpperInvariant(),
                    Markup.Escape(string.Join("; ", record.Problems.Select(p => p.Field is "(record)" ? p.Message : $"{p.Field}: {p.Message}"))));
            }

            console.Write(table);
            if (shown.Count > MaxRows)
            {
                console.WriteLine($"... and {shown.Count - MaxRows} more.");
            }
        }

        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{report.Total} records: {report.Created} created, {report.Updated} updated, {report.Unchanged} unchanged, {report.Rejected} rejected."));
        console.WriteLine(report.Applied ? "Imported."
            : report.Rejected > 0 || report.FileProblems.Count > 0 ? "Nothing was written: the import is all or nothing."
            : "Dry run: nothing was written.");
    }

    private static string Line(int? line) => line is { } n ? $" line {n}" : "";
}
