using KnowledgeHub.Domain.Records;
using KnowledgeHub.Import.Seed;

namespace KnowledgeHub.Import.Records;

/// <summary>How an incoming record finds the stored one it changes.</summary>
internal enum UpsertTarget
{
    /// <summary>A partner or bulk import: by (owner, externalId), else by slug; new if neither matches.</summary>
    Match,

    /// <summary>A create mutation: the record must be new.</summary>
    New,

    /// <summary>An update mutation: the stored record is already known (and loaded).</summary>
    Known,
}

public enum UpsertOutcome
{
    Created,
    Updated,
    Unchanged,
    Rejected,
}

/// <summary>One incoming record on its way through planning and writing.</summary>
internal sealed class UpsertEntry(Located<RecordSeed> at, UpsertTarget target, Record? stored = null)
{
    /// <summary>The record as it arrived, then with the defaults (owner, status, externalId) filled in.</summary>
    public Located<RecordSeed> At { get; set; } = at;

    public UpsertTarget TargetKind { get; } = target;

    /// <summary>The stored record this one changes; null for a new record.</summary>
    public Record? Stored { get; set; } = stored;

    /// <summary>The incoming record mapped to an entity, references resolved.</summary>
    public Record? Mapped { get; set; }

    public List<RecordProblem> Problems { get; } = [];

    public UpsertOutcome Outcome { get; set; } = UpsertOutcome.Rejected;

    public (RecordStatus Status, string Json)? Before { get; set; }

    public (RecordStatus Status, string Json)? After { get; set; }

    /// <summary>The record as written: the stored one updated in place, or the new one.</summary>
    public Record? Written => Outcome == UpsertOutcome.Created ? Mapped : Stored;

    public RecordKind Kind => SeedKinds.KindOf(At.Item);
}
