using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Domain.FamilyPrograms;

/// <summary>Where a family programme is or was used: a municipality (or other provider), years, status.</summary>
public sealed class Implementation
{
    public int Id { get; set; }
    public int RecordId { get; set; }
    public int? MunicipalityId { get; set; }
    public Places.Municipality? Municipality { get; set; }
    public int? OrganisationId { get; set; }
    public Organisations.Organisation? Organisation { get; set; }
    public int? StartYear { get; set; }
    public int? EndYear { get; set; }
    public ImplementationStatus Status { get; set; }
    public string? Note { get; set; }
    public required SourceReference Source { get; set; }
}
