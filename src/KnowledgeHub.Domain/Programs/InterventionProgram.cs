using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Domain.Programs;

/// <summary>A national programme, initiative or sub-initiative ("Program" in the schema).</summary>
public sealed class InterventionProgram : Record
{
    public InterventionProgram() => Kind = RecordKind.Program;

    public ProgramCategory Category { get; set; }
    public long? FundingAmountDkk { get; set; }

    /// <summary>Where the money came from, as the source names it (a finance act, a pool agreement).</summary>
    public string? FundingSource { get; set; }
}
