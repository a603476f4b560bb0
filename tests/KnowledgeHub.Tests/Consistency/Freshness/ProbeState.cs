namespace KnowledgeHub.Tests.Consistency.Freshness;

/// <summary>What the probe record is after a write: whether anonymous readers (and other organisations) may see it, and its title.</summary>
public sealed record ProbeState(bool Published, string Title)
{
    public static ProbeState Absent { get; } = new(false, "");
}

/// <summary>One write and when its effect must be visible: at once for this server's own, one poll interval later for others'.</summary>
public sealed record TimedWrite(string Path, ProbeState After, long Started, long Answered, long Deadline);
