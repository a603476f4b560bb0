using KnowledgeHub.Domain.Organisations;
using KnowledgeHub.Domain.Publications;

namespace KnowledgeHub.Import.Seed;

public sealed record RegionSeed(string Code, string Name, string Slug, SourceSeed Source);

public sealed record MunicipalitySeed(string Code, string Name, string Slug, string Region, SourceSeed Source);

public sealed record ThemeSeed(string Slug, string Name, string EnglishName, string? Description = null, string? Parent = null);

public sealed record TargetGroupSeed(
    string Slug, string Name, string EnglishName, string? Description = null, int? AgeMin = null, int? AgeMax = null);

public sealed record OrganisationNameSeed(string Name, string? ValidFrom = null, string? ValidTo = null);

public sealed record OrganisationSeed(
    string Slug, string Name, OrganisationKind Kind, SourceSeed Source, string? Abbreviation = null, string? Url = null,
    string? Description = null, IReadOnlyList<OrganisationNameSeed>? Names = null);

public sealed record PublicationSeed(
    string Slug, string Title, PublicationKind Kind, SourceSeed Source, int? Year = null, string? Authors = null,
    string? Publisher = null, string? Url = null, string? Summary = null);

public sealed record LegalBasisSeed(
    string Slug, string Law, string Paragraph, string Title, SourceSeed Source, DateOnly? ValidFrom = null,
    DateOnly? ValidTo = null, string? Url = null, string? Note = null);
