using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Import.Records;

/// <summary>
/// What an import did, or (dry run, or a rejected record anywhere) would have done: one line per
/// record in file order, plus problems with the file as a whole. Nothing is written unless
/// <see cref="Applied"/>.
/// </summary>
public sealed record ImportReport(bool DryRun, bool Applied, IReadOnlyList<RecordProblem> FileProblems, IReadOnlyList<ImportedRecord> Records)
{
    public int Created => Count(UpsertOutcome.Created);
    public int Updated => Count(UpsertOutcome.Updated);
    public int Unchanged => Count(UpsertOutcome.Unchanged);
    public int Rejected => Count(UpsertOutcome.Rejected);

    private int Count(UpsertOutcome outcome) => Records.Count(r => r.Outcome == outcome);
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
