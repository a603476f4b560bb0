using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Domain.Cases;

/// <summary>A municipal case from the inspiration catalogue.</summary>
public sealed class InspirationCase : Record
{
    public InspirationCase() => Kind = RecordKind.InspirationCase;

    public int? MunicipalityId { get; set; }
    public Places.Municipality? Municipality { get; set; }
    public CaseArea? Area { get; set; }
    public string? Approach { get; set; }
    public string? Results { get; set; }
}
