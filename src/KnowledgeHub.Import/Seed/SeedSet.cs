using KnowledgeHub.Domain.Records;
using KnowledgeHub.Import.Records;

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

    // One list per kind, read kind by kind: records are written, and get their ids, in that order.
    private readonly List<Located<RecordSeed>>[] _records = [.. Enum.GetValues<RecordKind>().Select(_ => new List<Located<RecordSeed>>())];

    public IEnumerable<Located<RecordSeed>> Records => _records.SelectMany(r => r);

    public void AddRecord(Located<RecordSeed> at) => _records[(int)SeedKinds.KindOf(at.Item)].Add(at);

    public void Add(string file, SeedFile content)
    {
        AddAll(Regions, file, "regions", content.Regions, r => r.Code);
        AddAll(Municipalities, file, "municipalities", content.Municipalities, m => m.Code);
        AddAll(Themes, file, "themes", content.Themes, t => t.Slug);
        AddAll(TargetGroups, file, "targetGroups", content.TargetGroups, t => t.Slug);
        AddAll(Organisations, file, "organisations", content.Organisations, o => o.Slug);
        AddAll(Publications, file, "publications", content.Publications, p => p.Slug);
        AddAll(LegalBases, file, "legalBases", content.LegalBases, l => l.Slug);
        AddAll(_records[(int)RecordKind.Program], file, "programs", content.Programs, r => r.Slug);
        AddAll(_records[(int)RecordKind.FamilyProgram], file, "familyPrograms", content.FamilyPrograms, r => r.Slug);
        AddAll(_records[(int)RecordKind.InspirationCase], file, "inspirationCases", content.InspirationCases, r => r.Slug);
        AddAll(_records[(int)RecordKind.MunicipalExperience], file, "municipalExperiences", content.MunicipalExperiences, r => r.Slug);
    }

    private static void AddAll<T, TItem>(List<Located<T>> target, string file, string kind, IReadOnlyList<TItem>? items, Func<TItem, string> name)
        where TItem : T
    {
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            target.Add(new Located<T>(items![i], file, kind, i, name(items[i])));
        }
    }
}
