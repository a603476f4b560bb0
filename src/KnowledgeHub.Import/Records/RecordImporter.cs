using System.Text;
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
        // Two files at a time on two cores (the schema check is most of this pass); each keeps only its slugs and problems.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        await Parallel.ForAsync(0, files.Count, parallel, async (f, ct) =>
        {
            var (problems, errors, items) = Check(validator, files[f].Name, await files[f].ReadAsync(ct));
            problems = problems.Select(p => p with { File = Named(files, f) }).ToList();
            var rows = items is null ? [] : Read(Named(files, f), items, recordErrors[f] = errors, deserialise: false);
            scans[f] = (problems, rows.Select(r => r.Slug).ToArray());
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

            var rows = Read(Named(files, f), SeedItems.Read(await files[f].ReadAsync(cancellationToken))!, errors, deserialise: true);
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

    /// <summary>
    /// The schema's verdict on a file: its own problems, each record's errors, and its list items —
    /// null when the file as a whole is refused. The tree that names a record in an error is only
    /// built for a file with errors.
    /// </summary>
    private static (List<RecordProblem> Problems, List<SeedError> RecordErrors, List<SeedItem>? Items) Check(
        SeedSchemaValidator validator, string name, byte[] content)
    {
        var errors = validator.Errors(name, content);
        List<SeedItem>? items = null;
        try
        {
            items = SeedItems.Read(content);
        }
        catch (JsonException)
        {
            // JSON the schema check's reader tolerates (comments) and System.Text.Json does not.
            errors = validator.Validate(name, SeedSchemaValidator.Text(content)).Errors;
        }

        var problems = errors.Where(e => e.Kind is null).Select(e => RecordProblem.Invalid(e.Field, e.Message) with { Line = e.Line }).ToList();
        if (problems.Count == 0 && items is null)
        {
            problems.Add(RecordProblem.Invalid("(file)", "is not a JSON object"));
        }

        return (problems, errors.Where(e => e.Kind is not null).ToList(), problems.Count == 0 ? items : null);
    }

    /// <summary>
    /// Splits the file into records: the valid ones become entries (<paramref name="deserialise"/>; the
    /// first pass keeps only their slugs), the others are rejected as they stand.
    /// </summary>
    private static List<Row> Read(string? file, List<SeedItem> items, IReadOnlyList<SeedError> errors, bool deserialise)
    {
        var byRecord = errors.ToLookup(e => (e.Kind!, e.Index ?? 0));
        var rows = new List<Row>();
        foreach (var item in items.Where(i => i.List != "$schema"))
        {
            var row = new Row(file, item);
            rows.Add(row);
            if (SeedKinds.KindOfList(item.List) is not { } kind)
            {
                row.Reject("(record)", $"{item.List} are reference data, kept by the seed; an import holds programs, familyPrograms, inspirationCases and municipalExperiences only");
                continue;
            }

            foreach (var error in byRecord[(item.List, item.Index)])
            {
                row.Problems.Add(RecordProblem.Invalid(error.Field, error.Message) with { Line = error.Line ?? row.Line });
            }

            if (row.Problems.Count == 0 && deserialise)
            {
                row.Accept(kind);
            }
        }

        return rows;
    }

    /// <summary>One record of the file on its way to the report.</summary>
    private sealed class Row(string? file, SeedItem item)
    {
        public int? Line { get; } = item.Line;

        public List<RecordProblem> Problems { get; } = [];

        public UpsertEntry? Entry { get; private set; }

        /// <summary>A record's slug once it has passed the schema, before it is deserialised: what the first pass keeps.</summary>
        public string? Slug => Problems.Count == 0 ? item.Slug() : null;

        public void Reject(string field, string message) => Problems.Add(RecordProblem.Invalid(field, message) with { Line = Line });

        public void Accept(Domain.Records.RecordKind kind)
        {
            try
            {
                var seed = (RecordSeed)JsonSerializer.Deserialize(item.Json.Span, SeedKinds.SeedTypeOf(kind), SeedJson.Options)!;
                Entry = new UpsertEntry(new Located<RecordSeed>(seed, file ?? FileName, item.List, item.Index, seed.Slug), UpsertTarget.Match);
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
            return new ImportedRecord(item.List, item.Index, Line, Entry?.Kind, seed?.Slug ?? Name(), seed?.ExternalId, outcome, id, problems) { File = file };
        }

        // Only a rejected record's own bytes are parsed into a tree, for its name.
        private string? Name() => JsonNode.Parse(item.Json.Span) is JsonObject o && o["slug"] is JsonValue v && v.TryGetValue<string>(out var slug) ? slug : null;
    }
}

/// <summary>One file of an import: its name (for the report) and how to read its UTF-8 bytes (an import reads them twice).</summary>
public sealed record ImportFile(string Name, Func<CancellationToken, Task<byte[]>> ReadAsync)
{
    public static ImportFile Of(string name, string content) => new(name, _ => Task.FromResult(Encoding.UTF8.GetBytes(content)));

    /// <summary>A file on disk; one in UTF-16 or UTF-32 (its byte order mark says so) as UTF-8, as reading it as text gave it.</summary>
    public static ImportFile FromDisk(string name, string path) => new(name, async cancellationToken =>
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        return bytes is [0xFE, 0xFF, ..] or [0xFF, 0xFE, ..] or [0, 0, 0xFE, 0xFF, ..] ? Encoding.UTF8.GetBytes(SeedSchemaValidator.Text(bytes)) : bytes;
    });
}

public enum ImportPhase
{
    Validating,
    Writing,
}

/// <summary>How far an import has got, for a progress bar.</summary>
public sealed record ImportProgress(ImportPhase Phase, int Done, int Total);
