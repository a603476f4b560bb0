using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeHub.Data;
using KnowledgeHub.Domain.Access;
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
    IDbContextFactory<KnowledgeHubDbContext> contexts, SeedSchemas schemas, RecordChangeNotifier notifier, TimeProvider time)
{
    public const string FileName = "import";

    public async Task<ImportReport> ImportAsync(
        string content, Actor actor, bool dryRun, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        progress?.Report(new ImportProgress(ImportPhase.Validating, 0, 0));
        var validator = await schemas.GetAsync();
        var (root, errors) = validator.Validate(FileName, content);
        var fileProblems = errors.Where(e => e.Kind is null).Select(e => new RecordProblem(ProblemKind.Validation, e.Field, e.Message) { Line = e.Line }).ToList();
        if (root is not JsonObject document || fileProblems.Count > 0)
        {
            return new ImportReport(dryRun, Applied: false, fileProblems, []);
        }

        var rows = Read(document, errors, SeedPositions.Lines(content));
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
            last = await new RecordApplier(db, actor, now).ApplyAsync(
                entries, Report(progress, ImportPhase.Writing, entries.Count), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        if (last is { } sequence)
        {
            await notifier.NotifyAsync(sequence);
        }

        return new ImportReport(dryRun, Applied: !rejected && !dryRun, [], rows.Select(r => r.ToReport()).ToList());
    }

    /// <summary>Splits the file into records: the valid ones become entries, the others are rejected as they stand.</summary>
    private static List<Row> Read(JsonObject document, IReadOnlyList<SeedError> errors, Dictionary<(string, int), int> lines)
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
                var row = new Row(list, i, lines.TryGetValue((list, i), out var line) ? line : null, items[i]);
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
    private sealed class Row(string list, int index, int? line, JsonNode? node)
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
                Entry = new UpsertEntry(new Located<RecordSeed>(seed, FileName, list, index, seed.Slug), UpsertTarget.Match);
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
            return new ImportedRecord(list, index, Line, Entry?.Kind, seed?.Slug ?? Name(), seed?.ExternalId, outcome, id, problems);
        }

        private string? Name() => node is JsonObject o && o["slug"] is JsonValue v && v.TryGetValue<string>(out var slug) ? slug : null;
    }
}

public enum ImportPhase
{
    Validating,
    Checking,
    Writing,
}

/// <summary>How far an import has got, for a progress bar.</summary>
public sealed record ImportProgress(ImportPhase Phase, int Done, int Total);
