namespace KnowledgeHub.Import.Seed;

public sealed record SourceSeed(string Title, string Url, string? Publisher = null, string? Date = null);

public sealed record MunicipalityLinkSeed(string Code, string Role);

public sealed record OrganisationLinkSeed(string Slug, string Role);

public sealed record EvidenceAssessmentSeed(
    string Scale, string Dimension, string Level, string NormalizedLevel, SourceSeed Source,
    string? Date = null, string? Note = null);

public sealed record ImplementationSeed(
    string Status, SourceSeed Source, string? Municipality = null, string? Organisation = null,
    int? StartYear = null, int? EndYear = null, string? Note = null);
