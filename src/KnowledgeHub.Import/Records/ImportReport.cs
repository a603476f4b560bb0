using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Import.Records;

/// <summary>
/// What an import did, or (dry run, or a rejected record anywhere) would have done: the records in
/// file order — every one, or for a large import only the rejected — the counts of all, and
/// problems with the file as a whole. Nothing is written unless <see cref="Applied"/>.
/// </summary>
public sealed record ImportReport(
    bool DryRun, bool Applied, IReadOnlyList<RecordProblem> FileProblems, IReadOnlyList<ImportedRecord> Records,
    int Created, int Updated, int Unchanged, int Rejected)
{
    public int Total => Created + Updated + Unchanged + Rejected;
}

/// <summary>One record of the file: where it stands, what happened to it, and why not if rejected.</summary>
public sealed record ImportedRecord(
    string List, int Index, int? Line, RecordKind? Kind, string? Slug, string? ExternalId,
    UpsertOutcome Outcome, int? RecordId, IReadOnlyList<RecordProblem> Problems)
{
    /// <summary>The file it came from, when an import had several.</summary>
    public string? File { get; init; }

    /// <summary>Where in the file: "programs[3]", or "part-0001.json: programs[3]" when there were several files.</summary>
    public string Position => File is null ? $"{List}[{Index}]" : $"{File}: {List}[{Index}]";
}

/// <summary>A report as an import goes: counts every record, keeps the lines asked for (every one, or those with problems).</summary>
internal sealed class Tally(bool everyRecord)
{
    private readonly int[] _counts = new int[4];
    private readonly List<ImportedRecord> _records = [];

    public List<RecordProblem> FileProblems { get; } = [];

    public int Rejected => _counts[(int)UpsertOutcome.Rejected];

    public void Add(ImportedRecord record)
    {
        _counts[(int)record.Outcome]++;
        if (everyRecord || record.Problems.Count > 0)
        {
            _records.Add(record);
        }
    }

    /// <summary>A record created only in a transaction rolled back has no id to show.</summary>
    public ImportReport Report(bool dryRun, bool applied) => new(
        dryRun, applied, FileProblems,
        applied ? _records : _records.Select(r => r.Outcome == UpsertOutcome.Created ? r with { RecordId = null } : r).ToList(),
        _counts[(int)UpsertOutcome.Created], _counts[(int)UpsertOutcome.Updated], _counts[(int)UpsertOutcome.Unchanged], Rejected);
}
