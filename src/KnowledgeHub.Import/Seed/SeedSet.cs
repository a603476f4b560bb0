namespace KnowledgeHub.Import.Seed;

/// <summary>Every item of every file, merged by kind, each remembering its file and position.</summary>
public sealed class SeedSet
{
    public List<Located<RegionSeed>> Regions { get; } = [];
    public List<Located<MunicipalitySeed>> Municipalities { get; } = [];
    public List<Located<ThemeSeed>> Themes { get; } = [];
    public List<Located<TargetGroupSeed>> TargetGroups { get; } = [];
    public List<Located<OrganisationSeed>> Organisations { get; } = [];
    public List<Located<PublicationSeed>> Publications { get; } = [];
    public List<Located<LegalBasisSeed>> LegalBases { get; } = [];
    public List<Located<ProgramSeed>> Programs { get; } = [];
    public List<Located<FamilyProgramSeed>> FamilyPrograms { get; } = [];
    public List<Located<InspirationCaseSeed>> InspirationCases { get; } = [];
    public List<Located<MunicipalExperienceSeed>> MunicipalExperiences { get; } = [];

    public IEnumerable<Located<RecordSeed>> Records =>
        Programs.Select(r => r.AsRecord()).Concat(FamilyPrograms.Select(r => r.AsRecord()))
            .Concat(InspirationCases.Select(r => r.AsRecord())).Concat(MunicipalExperiences.Select(r => r.AsRecord()));

    /// <summary>Adds one record under its kind's list, keeping its file and position.</summary>
    public void AddRecord(Located<RecordSeed> at)
    {
        switch (at.Item)
        {
            case ProgramSeed p: Programs.Add(new(p, at.File, at.Kind, at.Index, at.Name)); break;
            case FamilyProgramSeed p: FamilyPrograms.Add(new(p, at.File, at.Kind, at.Index, at.Name)); break;
            case InspirationCaseSeed c: InspirationCases.Add(new(c, at.File, at.Kind, at.Index, at.Name)); break;
            case MunicipalExperienceSeed e: MunicipalExperiences.Add(new(e, at.File, at.Kind, at.Index, at.Name)); break;
            default: throw new ArgumentOutOfRangeException(nameof(at), at.Item.GetType().Name, "not a record kind");
        }
    }

    public void Add(string file, SeedFile content)
    {
        AddAll(Regions, file, "regions", content.Regions, r => r.Code);
        AddAll(Municipalities, file, "municipalities", content.Municipalities, m => m.Code);
        AddAll(Themes, file, "themes", content.Themes, t => t.Slug);
        AddAll(TargetGroups, file, "targetGroups", content.TargetGroups, t => t.Slug);
        AddAll(Organisations, file, "organisations", content.Organisations, o => o.Slug);
        AddAll(Publications, file, "publications", content.Publications, p => p.Slug);
        AddAll(LegalBases, file, "legalBases", content.LegalBases, l => l.Slug);
        AddAll(Programs, file, "programs", content.Programs, r => r.Slug);
        AddAll(FamilyPrograms, file, "familyPrograms", content.FamilyPrograms, r => r.Slug);
        AddAll(InspirationCases, file, "inspirationCases", content.InspirationCases, r => r.Slug);
        AddAll(MunicipalExperiences, file, "municipalExperiences", content.MunicipalExperiences, r => r.Slug);
    }

    private static void AddAll<T>(List<Located<T>> target, string file, string kind, IReadOnlyList<T>? items, Func<T, string> name)
    {
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            target.Add(new Located<T>(items![i], file, kind, i, name(items[i])));
        }
    }
}
