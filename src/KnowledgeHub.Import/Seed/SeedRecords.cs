using System.Text.Json.Serialization;
using KnowledgeHub.Domain.Cases;
using KnowledgeHub.Domain.Programs;
using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Import.Seed;

/// <summary>The fields every record kind has in a seed file.</summary>
public abstract record RecordSeed
{
    public required string Slug { get; init; }

    /// <summary>The owner's own id for the record; an import matches on (owner, externalId).</summary>
    public string? ExternalId { get; init; }

    public required string Title { get; init; }
    public required string Summary { get; init; }
    public string? Description { get; init; }
    public string? CoverageNote { get; init; }
    public RecordStatus? Status { get; init; }
    public int? StartYear { get; init; }
    public int? EndYear { get; init; }
    public int? TargetAgeMin { get; init; }
    public int? TargetAgeMax { get; init; }
    public string? Parent { get; init; }
    public string? Owner { get; init; }
    public IReadOnlyList<string>? Themes { get; init; }
    public IReadOnlyList<string>? TargetGroups { get; init; }
    public IReadOnlyList<MunicipalityLinkSeed>? Municipalities { get; init; }
    public IReadOnlyList<OrganisationLinkSeed>? Organisations { get; init; }
    public IReadOnlyList<string>? Publications { get; init; }
    public IReadOnlyList<string>? LegalBases { get; init; }
    public IReadOnlyList<EvidenceAssessmentSeed>? EvidenceAssessments { get; init; }
    public required IReadOnlyList<SourceSeed> Sources { get; init; }
}

// Kind-specific fields come after the shared ones when written (JSON orders a derived type's first).
public sealed record ProgramSeed : RecordSeed
{
    [JsonPropertyOrder(1)]
    public required ProgramCategory Category { get; init; }
    [JsonPropertyOrder(1)]
    public long? FundingAmountDkk { get; init; }
    [JsonPropertyOrder(1)]
    public string? FundingSource { get; init; }
}

public sealed record FamilyProgramSeed : RecordSeed
{
    [JsonPropertyOrder(1)]
    public string? FullName { get; init; }
    [JsonPropertyOrder(1)]
    public string? Abbreviation { get; init; }
    [JsonPropertyOrder(1)]
    public string? Origin { get; init; }
    [JsonPropertyOrder(1)]
    public string? TargetGroupDescription { get; init; }
    [JsonPropertyOrder(1)]
    public string? Format { get; init; }
    [JsonPropertyOrder(1)]
    public string? Duration { get; init; }
    [JsonPropertyOrder(1)]
    public string? Cost { get; init; }
    [JsonPropertyOrder(1)]
    public string? Staffing { get; init; }
    [JsonPropertyOrder(1)]
    public string? Training { get; init; }
    [JsonPropertyOrder(1)]
    public string? OutcomesTargeted { get; init; }
    [JsonPropertyOrder(1)]
    public IReadOnlyList<ImplementationSeed>? Implementations { get; init; }
}

public sealed record InspirationCaseSeed : RecordSeed
{
    [JsonPropertyOrder(1)]
    public required string Municipality { get; init; }
    [JsonPropertyOrder(1)]
    public CaseArea? Area { get; init; }
    [JsonPropertyOrder(1)]
    public string? Approach { get; init; }
    [JsonPropertyOrder(1)]
    public string? Results { get; init; }
}

public sealed record MunicipalExperienceSeed : RecordSeed
{
    [JsonPropertyOrder(1)]
    public required string Municipality { get; init; }
    [JsonPropertyOrder(1)]
    public string? SourcePublication { get; init; }
    [JsonPropertyOrder(1)]
    public string? Results { get; init; }
    [JsonPropertyOrder(1)]
    public string? Challenges { get; init; }
}
