using KnowledgeHub.Domain.Records;
using KnowledgeHub.Import.Records;

namespace KnowledgeHub.Import.Seed;

/// <summary>
/// A record as every way in gives it: the fields every kind has. Each kind's own fields, and how
/// its references map to and from its entity, are in its <c>XSeed</c> file beside this one; fields
/// named and typed as on the entity are copied by name (<see cref="PlainFields"/>). Entities become
/// documents here (<see cref="Of"/>) and documents entities in <see cref="RecordMapper"/>.
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

    /// <summary>
    /// A stored record, its references loaded, as a document. Unordered lists come out sorted, so two
    /// records that mean the same thing give the same JSON; that is how an import tells "unchanged"
    /// from "updated".
    /// </summary>
    public static RecordSeed Of(Record r) => (PlainFields.Copy(SeedKinds.SeedTypeOf(r.Kind), r, SeedKinds.NewSeed(r.Kind)) with
    {
        Status = r.Status,
        Parent = r.Parent?.Slug,
        Owner = r.OwnerOrganisation?.Slug,
        Themes = Sorted(r.Themes.Select(t => t.Slug)),
        TargetGroups = Sorted(r.TargetGroups.Select(t => t.Slug)),
        Municipalities = NullIfEmpty(r.Municipalities
            .Select(m => new MunicipalityLinkSeed(m.Municipality!.Code, m.Role))
            .OrderBy(m => m.Code, StringComparer.Ordinal).ThenBy(m => SeedJson.Name(m.Role), StringComparer.Ordinal).ToList()),
        Organisations = NullIfEmpty(r.Organisations
            .Select(o => new OrganisationLinkSeed(o.Organisation!.Slug, o.Role))
            .OrderBy(o => o.Slug, StringComparer.Ordinal).ThenBy(o => SeedJson.Name(o.Role), StringComparer.Ordinal).ToList()),
        Publications = Sorted(r.Publications.Select(p => p.Slug)),
        LegalBases = Sorted(r.LegalBases.Select(l => l.Slug)),
        EvidenceAssessments = Canonical(r.EvidenceAssessments.Select(a => new EvidenceAssessmentSeed(
            a.Scale, a.Dimension, a.Level, a.NormalizedLevel, SourceSeed.Of(a.Source), a.Date, a.Note))),
        StatedMunicipalityCounts = Canonical(r.StatedMunicipalityCounts.Select(c => new StatedMunicipalityCountSeed(
            c.Role, c.Count, SourceSeed.Of(c.Source), c.Qualifier, c.AsOf, c.Note))),
        Sources = r.Sources.OrderBy(s => s.Position).Select(s => new SourceSeed(s.Title, s.Url, s.Publisher, s.Date)).ToList(),
    }).WithReferencesOf(r);

    private static List<string>? Sorted(IEnumerable<string> slugs) => NullIfEmpty(slugs.Order(StringComparer.Ordinal).ToList());

    // Items without a natural key (assessments, implementations) sort by their whole JSON.
    internal static List<T>? Canonical<T>(IEnumerable<T> items) =>
        NullIfEmpty(items.OrderBy(i => RecordJson.Serialize(i), StringComparer.Ordinal).ToList());

    private static List<T>? NullIfEmpty<T>(List<T> items) => items.Count == 0 ? null : items;
}
