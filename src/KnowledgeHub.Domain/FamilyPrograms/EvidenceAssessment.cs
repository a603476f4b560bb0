using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Domain.FamilyPrograms;

/// <summary>One rating of one dimension of a record on one scale, as the source gives it.</summary>
public sealed class EvidenceAssessment
{
    public int Id { get; set; }
    public int RecordId { get; set; }
    public EvidenceScale Scale { get; set; }

    /// <summary>The dimension as the scale names it: "effekt", "målgruppe", "overall".</summary>
    public required string Dimension { get; set; }

    /// <summary>The level as the scale writes it: "A", "Model", "4".</summary>
    public required string Level { get; set; }

    public EvidenceLevel NormalizedLevel { get; set; }
    public string? Date { get; set; }
    public string? Note { get; set; }
    public required SourceReference Source { get; set; }
}
