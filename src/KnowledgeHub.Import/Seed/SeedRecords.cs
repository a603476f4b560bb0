using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Import.Seed;

/// <summary>
/// A record as every way in gives it: the fields every kind has. Each kind's own fields, and how
/// its references map to and from its entity, are in its <c>XSeed</c> file beside this one; fields
/// named and typed as on the entity are copied by name (<see cref="PlainFields"/>).
/// </summary>
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
    public IReadOnlyList<StatedMunicipalityCountSeed>? StatedMunicipalityCounts { get; init; }
    public required IReadOnlyList<SourceSeed> Sources { get; init; }

    /// <summary>The kind's own references (codes, slugs, nested lists) onto its entity; plain fields are copied by name.</summary>
    internal virtual void MapReferences(RecordMapper mapper, Located<RecordSeed> at, Record entity)
    {
    }

    /// <summary>The same references back from a stored record.</summary>
    internal virtual RecordSeed WithReferencesOf(Record entity) => this;
}
