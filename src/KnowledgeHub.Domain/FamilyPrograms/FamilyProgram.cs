using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Domain.FamilyPrograms;

/// <summary>An evidence-based family programme (PMTO, De Utrolige År, ...); variants are children.</summary>
public sealed class FamilyProgram : Record
{
    public FamilyProgram() => Kind = RecordKind.FamilyProgram;

    public string? FullName { get; set; }
    public string? Abbreviation { get; set; }
    public string? Origin { get; set; }
    public string? TargetGroupDescription { get; set; }
    public string? Format { get; set; }
    public string? Duration { get; set; }
    public string? Cost { get; set; }
    public string? Staffing { get; set; }
    public string? Training { get; set; }
    public string? OutcomesTargeted { get; set; }
    public List<Implementation> Implementations { get => field ??= []; set; }
}
