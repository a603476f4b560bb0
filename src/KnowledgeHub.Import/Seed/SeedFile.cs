namespace KnowledgeHub.Import.Seed;

/// <summary>
/// One seed or import file: lists keyed by kind (seed-data/schema/seed-file.schema.json).
/// The seed data keeps one kind per file; a partner import may hold several.
/// </summary>
public sealed record SeedFile
{
    public IReadOnlyList<RegionSeed>? Regions { get; init; }
    public IReadOnlyList<MunicipalitySeed>? Municipalities { get; init; }
    public IReadOnlyList<ThemeSeed>? Themes { get; init; }
    public IReadOnlyList<TargetGroupSeed>? TargetGroups { get; init; }
    public IReadOnlyList<OrganisationSeed>? Organisations { get; init; }
    public IReadOnlyList<PublicationSeed>? Publications { get; init; }
    public IReadOnlyList<LegalBasisSeed>? LegalBases { get; init; }
    public IReadOnlyList<ProgramSeed>? Programs { get; init; }
    public IReadOnlyList<FamilyProgramSeed>? FamilyPrograms { get; init; }
    public IReadOnlyList<InspirationCaseSeed>? InspirationCases { get; init; }
    public IReadOnlyList<MunicipalExperienceSeed>? MunicipalExperiences { get; init; }
}
