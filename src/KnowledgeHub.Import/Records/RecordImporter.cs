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
        ImportAsync([ImportFile.Of(FileName, content)], actor, dryRun, everyRecord: true, progress, cancellationToken);

    /// <summary>
    /// Several files as one import: every file is checked, and all are written in one transaction
    /// or none is (a generated corpus is a folder of files). With more than one file, each report
    /// line and file problem names its file. Streamed, so a million records fit in memory: a first
    /// pass validates every file and keeps only each record's slug and file; the second reads,
    /// plans and writes a file at a time, and rolls the transaction back unless every record
    /// passed and this is no dry run (so a later file sees the records of earlier ones, as when
    /// all are planned together). A record whose parent comes in a later file waits for the end; a
    /// file refused as a whole (not JSON, an unknown key) is left out and refuses the import.
    /// Without <paramref name="everyRecord"/> the report lists only the rejected records (and counts all).
    /// </summary>
    public async Task<ImportReport> ImportAsync(
        IReadOnlyList<ImportFile> files, Actor actor, bool dryRun, bool everyRecord, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var validator = await schemas.GetAsync();
        var recordErrors = new List<SeedError>?[files.Count];
        var scans = new (List<RecordProblem> Problems, string?[] Slugs)[files.Count];
        var validated = 0;
        // Two files at a time on two cores (the schema check is most of this pass); each keeps only its slugs and problems
        // (lines are found when the records are read again).
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        await Parallel.ForAsync(0, files.Count, parallel, async (f, ct) =>
        {
            var content = await files[f].ReadAsync(ct);
            var (root, errors) = validator.Validate(files[f].Name, content);
            var problems = errors.Where(e => e.Kind is null)
                .Select(e => RecordProblem.Invalid(e.Field, e.Message) with { Line = e.Line, File = Named(files, f) }).ToList();
            if (problems.Count == 0 && root is not JsonObject)
            {
                problems.Add(RecordProblem.Invalid("(file)", "is not a JSON object") with { File = Named(files, f) });
            }

            var rows = problems.Count > 0 ? []
                : Read(Named(files, f), (JsonObject)root!, recordErrors[f] = errors.Where(e => e.Kind is not null).ToList(), []);
            scans[f] = (problems, rows.Select(r => r.Entry?.At.Item.Slug).ToArray());
            progress?.Report(new ImportProgress(ImportPhase.Validating, Interlocked.Increment(ref validated), files.Count));
        });

        var tally = new Tally(everyRecord);
        // Each record's first place (file, row), by slug: what a later file's duplicate or forward parent is told by.
        var first = new Dictionary<string, (int File, int Row)>(StringComparer.Ordinal);
        for (var f = 0; f < files.Count; f++)
        {
            tally.FileProblems.AddRange(scans[f].Problems);
            foreach (var (slug, i) in scans[f].Slugs.Select((slug, i) => (slug, i)).Where(s => s.slug is not null))
            {
                first.TryAdd(slug!, (f, i));
            }
        }

        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Before the transaction: SQLite takes where statement journals go from when it begins.
        await using var load = await Bulk.LoadSettings.ApplyAsync(db, options.Value.BulkLoad, cancellationToken);
        await using var transaction = await db.BeginWriteTransactionAsync(cancellationToken);
        var (externalIds, total, done, last) = (new HashSet<(int?, string)>(), scans.Sum(s => s.Slugs.Length), 0, (long?)null);

        // One file's records (or the waiting ones), planned and written inside the import's transaction, then forgotten.
        async Task WriteAsync(List<Row> rows)
        {
            var entries = rows.Where(r => r.Entry is not null && r.Problems.Count == 0).Select(r => r.Entry!).ToList();
            await new RecordUpserter(db, actor, now, externalIds).PlanAsync(entries, cancellationToken);
            last = await new RecordApplier(db, actor, now, options.Value.BulkLoad).ApplyAsync(entries, cancellationToken) ?? last;
            rows.ForEach(r => tally.Add(r.ToReport()));
            db.ChangeTracker.Clear();
            progress?.Report(new ImportProgress(ImportPhase.Writing, done += rows.Count, total));
        }

        var (deferred, waiting) = (new List<Row>(), new HashSet<string>(StringComparer.Ordinal));
        for (var f = 0; f < files.Count; f++)
        {
            if (recordErrors[f] is not { } errors)
            {
                continue;
            }

            var content = await files[f].ReadAsync(cancellationToken);
            var root = (JsonObject)JsonNode.Parse(content, documentOptions: new JsonDocumentOptions { MaxDepth = 64 })!;
            var rows = Read(Named(files, f), root, errors, SeedPositions.Lines(content));
            for (var i = 0; i < rows.Count; i++)
            {
                if (rows[i].Entry?.At.Item.Slug is { } slug && first[slug] != (f, i))
                {
                    rows[i].Reject("slug", $"duplicate record '{slug}'");
                }
            }

            // A parent from a later file, or one waiting itself, is not written yet: the child waits too.
            for (var moving = true; moving;)
            {
                var moved = rows.Where(r => r.Entry?.At.Item.Parent is { } parent && first.TryGetValue(parent, out var at)
                    && (at.File > f || waiting.Contains(parent))).ToList();
                deferred.AddRange(moved);
                waiting.UnionWith(moved.Select(r => r.Entry!.At.Item.Slug));
                rows.RemoveAll(moved.ToHashSet().Contains);
                moving = moved.Count > 0;
            }

            await WriteAsync(rows);
        }

        await WriteAsync(deferred);
        var applied = tally.Rejected == 0 && tally.FileProblems.Count == 0 && !dryRun;
        if (applied)
        {
            await transaction.CommitAsync(cancellationToken);
            if (last is { } sequence)
            {
                await notifier.NotifyAsync(sequence);
            }
        }

        return tally.Report(dryRun, applied);
    }

    // One file keeps the report as it always was; several name the file on every line.
    private static string? Named(IReadOnlyList<ImportFile> files, int file) => files.Count > 1 ? files[file].Name : null;

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

/// <summary>One file of an import: its name (for the report) and how to read its text (an import reads it twice).</summary>
public sealed record ImportFile(string Name, Func<CancellationToken, Task<string>> ReadAsync)
{
    public static ImportFile Of(string name, string content) => new(name, _ => Task.FromResult(content));
}

public enum ImportPhase
{
    Validating,
    Writing,
}

/// <summary>How far an import has got, for a progress bar.</summary>
public sealed record ImportProgress(ImportPhase Phase, int Done, int Total);
