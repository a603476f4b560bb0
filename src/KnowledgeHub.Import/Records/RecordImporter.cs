using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeHub.Data;
using KnowledgeHub.Domain.Access;
using KnowledgeHub.Domain.Records;
using KnowledgeHub.Import.Changes;
using KnowledgeHub.Import.Seed;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeHub.Import.Records;

/// <summary>
/// Imports records in the seed-file format — the one code path behind the importRecords mutation
/// and `knowledgehub import`. Upserts by (owner, externalId), else by slug; idempotent (an
/// unchanged record is not written and logs no change); atomic (one rejected record and nothing
/// is written).
/// </summary>
public sealed class RecordImporter(
    IDbContextFactory<KnowledgeHubDbContext> contexts, SeedSchemas schemas, RecordChangeNotifier notifier, TimeProvider time,
    Microsoft.Extensions.Options.IOptions<ImportOptions> options)
{
    public const string FileName = "import";

    public Task<ImportReport> ImportAsync(
        string content, Actor actor, bool dryRun, IProgress<ImportProgress>? progress, CancellationToken cancellationToken) =>
        ImportAsync([new ImportFile(FileName, content)], actor, dryRun, progress, cancellationToken);

    /// <summary>
    /// Several files as one import: every file is checked, and all are written in one transaction
    /// or none is (a generated corpus is a folder of files). With more than one file, each report
    /// line and file problem names its file.
    /// </summary>
    public async Task<ImportReport> ImportAsync(
        IReadOnlyList<ImportFile> files, Actor actor, bool dryRun, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        progress?.Report(new ImportProgress(ImportPhase.Validating, 0, 0));
        var validator = await schemas.GetAsync();
        var fileProblems = new List<RecordProblem>();
        var rows = new List<Row>();
        foreach (var file in files)
        {
            var (root, errors) = validator.Validate(file.Name, file.Content);
            var problems = errors.Where(e => e.Kind is null)
                .Select(e => RecordProblem.Invalid(e.Field, e.Message) with { Line = e.Line, File = Named(files, file) }).ToList();
            fileProblems.AddRange(problems);
            if (root is JsonObject document && problems.Count == 0)
            {
                rows.AddRange(Read(Named(files, file), document, errors, SeedPositions.Lines(file.Content)));
            }
            else if (problems.Count == 0)
            {
                fileProblems.Add(RecordProblem.Invalid("(file)", "is not a JSON object") with { File = Named(files, file) });
            }
        }

        if (fileProblems.Count > 0)
        {
            return new ImportReport(dryRun, Applied: false, fileProblems, rows.Select(r => r.ToReport()).ToList());
        }

        var entries = rows.Where(r => r.Entry is not null).Select(r => r.Entry!).ToList();
        var now = time.GetUtcNow().UtcDateTime;

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.BeginWriteTransactionAsync(cancellationToken);
        await new RecordUpserter(db, actor, now).PlanAsync(
            entries, Report(progress, ImportPhase.Checking, entries.Count), cancellationToken);

        var rejected = rows.Any(r => r.Problems.Count > 0) || entries.Any(e => e.Problems.Count > 0);
        long? last = null;
        if (!rejected && !dryRun)
        {
            await using var load = await Bulk.LoadSettings.ApplyAsync(db, options.Value.BulkLoad, cancellationToken);
            last = await new RecordApplier(db, actor, now, options.Value.BulkLoad).ApplyAsync(
                entries, Report(progress, ImportPhase.Writing, entries.Count), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        if (last is { } sequence)
        {
            await notifier.NotifyAsync(sequence);
        }

        return new ImportReport(dryRun, Applied: !rejected && !dryRun, [], rows.Select(r => r.ToReport()).ToList());
    }

    // One file keeps the report as it always was; several name the file on every line.
    private static string? Named(IReadOnlyList<ImportFile> files, ImportFile file) => files.Count > 1 ? file.Name : null;

    /// <summary>Splits the file into records: the valid ones become entries, the others are rejected as they stand.</summary>
    private static List<Row> Read(string? file, JsonObject document, IReadOnlyList<SeedError> errors, Dictionary<(string, int), int> lines)
    {
        var byRecord = errors.Where(e => e.Kind is not null).ToLookup(e => (e.Kind!, e.Index ?? 0));
        var rows = new List<Row>();
        foreach (var (list, node) in document)
        {
            if (list == "$schema" || node is not JsonArray items)
            {
                continue;
            }

            var kind = SeedKinds.KindOfList(list);
            for (var i = 0; i < items.Count; i++)
            {
                var row = new Row(file, list, i, lines.TryGetValue((list, i), out var line) ? line : null, items[i]);
                rows.Add(row);
                if (kind is null)
                {
                    row.Reject("(record)", $"{list} are reference data, kept by the seed; an import holds programs, familyPrograms, inspirationCases and municipalExperiences only");
                    continue;
                }

                foreach (var error in byRecord[(list, i)])
                {
                    row.Problems.Add(RecordProblem.Invalid(error.Field, error.Message) with { Line = error.Line ?? row.Line });
                }

                if (row.Problems.Count == 0)
                {
                    row.Accept(kind.Value);
                }
            }
        }

        return rows;
    }

    private static Progress? Report(IProgress<ImportProgress>? progress, ImportPhase phase, int total) =>
        progress is null ? null : new Progress(done => progress.Report(new ImportProgress(phase, done, total)));

    private sealed class Progress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }

    /// <summary>One record of the file on its way to the report.</summary>
    private sealed class Row(string? file, string list, int index, int? line, JsonNode? node)
    {
        public int? Line { get; } = line;

        public List<RecordProblem> Problems { get; } = [];

        public UpsertEntry? Entry { get; private set; }

        public void Reject(string field, string message) => Problems.Add(RecordProblem.Invalid(field, message) with { Line = Line });

        public void Accept(Domain.Records.RecordKind kind)
        {
            try
            {
                var seed = (RecordSeed)node.Deserialize(SeedKinds.SeedTypeOf(kind), SeedJson.Options)!;
                Entry = new UpsertEntry(new Located<RecordSeed>(seed, file ?? FileName, list, index, seed.Slug), UpsertTarget.Match);
            }
            catch (JsonException ex)
            {
                Reject(ex.Path?.TrimStart('$', '.') is { Length: > 0 } path ? path : "(record)", $"cannot be read: {ex.Message}");
            }
        }

        public ImportedRecord ToReport()
        {
            var seed = Entry?.At.Item;
            var problems = Problems.Concat(Entry?.Problems.Select(p => p with { Line = p.Line ?? Line }) ?? []).ToList();
            var outcome = problems.Count > 0 ? UpsertOutcome.Rejected : Entry!.Outcome;
            int? id = outcome == UpsertOutcome.Rejected || Entry!.Written is not { Id: > 0 } written ? null : written.Id;
            return new ImportedRecord(list, index, Line, Entry?.Kind, seed?.Slug ?? Name(), seed?.ExternalId, outcome, id, problems) { File = file };
        }

        private string? Name() => node is JsonObject o && o["slug"] is JsonValue v && v.TryGetValue<string>(out var slug) ? slug : null;
    }
}

/// <summary>One file of an import: its name (for the report) and its text.</summary>
public sealed record ImportFile(string Name, string Content);

public enum ImportPhase
{
    Validating,
    Checking,
    Writing,
}

/// <summary>How far an import has got, for a progress bar.</summary>
public sealed record ImportProgress(ImportPhase Phase, int Done, int Total);
