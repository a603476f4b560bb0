using KnowledgeHub.Domain.FamilyPrograms;
using KnowledgeHub.Domain.Records;
using KnowledgeHub.Import.Records;

namespace KnowledgeHub.Import.Seed;

/// <summary>
/// The inverse of <see cref="RecordMapper"/>: a record, with its references loaded, back in the
/// seed-file format. Unordered lists come out sorted, so two records that mean the same thing
/// give the same JSON; that is how an import tells "unchanged" from "updated".
/// </summary>
public static class RecordSeedWriter
{
    public static RecordSeed ToSeed(Record r) => (PlainFields.Copy(SeedKinds.SeedTypeOf(r.Kind), r, SeedKinds.NewSeed(r.Kind)) with
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
        EvidenceAssessments = Canonical(r.EvidenceAssessments.Select(ToSeed)),
        StatedMunicipalityCounts = Canonical(r.StatedMunicipalityCounts.Select(c => new StatedMunicipalityCountSeed(
            c.Role, c.Count, ToSeed(c.Source), c.Qualifier, c.AsOf, c.Note))),
        Sources = r.Sources.OrderBy(s => s.Position).Select(s => new SourceSeed(s.Title, s.Url, s.Publisher, s.Date)).ToList(),
    }).WithReferencesOf(r);

    private static EvidenceAssessmentSeed ToSeed(EvidenceAssessment a) => new(
        a.Scale, a.Dimension, a.Level, a.NormalizedLevel, ToSeed(a.Source), a.Date, a.Note);

    internal static SourceSeed ToSeed(SourceReference s) => new(s.Title, s.Url, s.Publisher, s.Date);

    private static List<string>? Sorted(IEnumerable<string> slugs) => NullIfEmpty(slugs.Order(StringComparer.Ordinal).ToList());

    // Items without a natural key (assessments, implementations) sort by their whole JSON.
    internal static List<T>? Canonical<T>(IEnumerable<T> items) =>
        NullIfEmpty(items.OrderBy(i => RecordJson.Serialize(i), StringComparer.Ordinal).ToList());

    private static List<T>? NullIfEmpty<T>(List<T> items) => items.Count == 0 ? null : items;
}
