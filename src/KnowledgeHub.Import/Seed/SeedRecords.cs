using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Import.Seed;

/// <summary>
/// A record as every way in gives it: the fields every kind has. Each kind's own fields, and how
/// they map to and from its entity, are in its <c>XSeed</c> file beside this one.
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

    /// <summary>The kind's entity with its own fields, references resolved; the mapper sets the shared ones.</summary>
    internal abstract Record ToEntity(RecordMapper mapper, Located<RecordSeed> at);

    /// <summary>The plain fields every kind shares, onto its entity; a seed record without a status is published.</summary>
    internal void CopyPlainFieldsTo(Record entity)
    {
        entity.ExternalId = ExternalId;
        entity.Description = Description;
        entity.CoverageNote = CoverageNote;
        entity.Status = Status ?? RecordStatus.Published;
        entity.StartYear = StartYear;
        entity.EndYear = EndYear;
        entity.TargetAgeMin = TargetAgeMin;
        entity.TargetAgeMax = TargetAgeMax;
    }

    /// <summary>The same fields back from a stored record.</summary>
    internal RecordSeed WithPlainFieldsOf(Record r) => this with
    {
        ExternalId = r.ExternalId,
        Description = r.Description,
        CoverageNote = r.CoverageNote,
        Status = r.Status,
        StartYear = r.StartYear,
        EndYear = r.EndYear,
        TargetAgeMin = r.TargetAgeMin,
        TargetAgeMax = r.TargetAgeMax,
    };
}
