using KnowledgeHub.Domain.FamilyPrograms;
using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Import.Seed;

public sealed record SourceSeed(string Title, string Url, string? Publisher = null, string? Date = null)
{
    public static SourceSeed Of(SourceReference s) => new(s.Title, s.Url, s.Publisher, s.Date);
}

public sealed record MunicipalityLinkSeed(string Code, MunicipalityRole Role);

public sealed record OrganisationLinkSeed(string Slug, OrganisationRole Role);

public sealed record EvidenceAssessmentSeed(
    EvidenceScale Scale, string Dimension, string Level, EvidenceLevel NormalizedLevel, SourceSeed Source,
    string? Date = null, string? Note = null);

public sealed record StatedMunicipalityCountSeed(
    MunicipalityRole Role, int Count, SourceSeed Source, CountQualifier Qualifier = CountQualifier.Exact,
    string? AsOf = null, string? Note = null);

public sealed record ImplementationSeed(
    ImplementationStatus Status, SourceSeed Source, string? Municipality = null, string? Organisation = null,
    int? StartYear = null, int? EndYear = null, string? Note = null);
