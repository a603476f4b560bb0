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
    public string? Status { get; init; }
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

public sealed record ProgramSeed : RecordSeed
{
    public required string Category { get; init; }
    public long? FundingAmountDkk { get; init; }
    public string? FundingSource { get; init; }
}

public sealed record FamilyProgramSeed : RecordSeed
{
    public string? FullName { get; init; }
    public string? Abbreviation { get; init; }
    public string? Origin { get; init; }
    public string? TargetGroupDescription { get; init; }
    public string? Format { get; init; }
    public string? Duration { get; init; }
    public IReadOnlyList<ImplementationSeed>? Implementations { get; init; }
}

public sealed record InspirationCaseSeed : RecordSeed
{
    public required string Municipality { get; init; }
    public string? Area { get; init; }
    public string? Approach { get; init; }
    public string? Results { get; init; }
}

public sealed record MunicipalExperienceSeed : RecordSeed
{
    public required string Municipality { get; init; }
    public string? SourcePublication { get; init; }
    public string? Results { get; init; }
    public string? Challenges { get; init; }
}
