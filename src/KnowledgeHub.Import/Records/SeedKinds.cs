using KnowledgeHub.Domain.Records;
using KnowledgeHub.Import.Seed;

namespace KnowledgeHub.Import.Records;

/// <summary>The record kinds as a seed file names them: the list each stands in, and its seed type.</summary>
public static class SeedKinds
{
    private static readonly (RecordKind Kind, string List, Type Seed)[] Records =
    [
        (RecordKind.Program, "programs", typeof(ProgramSeed)),
        (RecordKind.FamilyProgram, "familyPrograms", typeof(FamilyProgramSeed)),
        (RecordKind.InspirationCase, "inspirationCases", typeof(InspirationCaseSeed)),
        (RecordKind.MunicipalExperience, "municipalExperiences", typeof(MunicipalExperienceSeed)),
    ];

    public static string ListOf(RecordKind kind) => Records.First(r => r.Kind == kind).List;

    public static Type SeedTypeOf(RecordKind kind) => Records.First(r => r.Kind == kind).Seed;

    public static RecordKind? KindOfList(string list) => Records.FirstOrDefault(r => r.List == list) is { List: not null } r ? r.Kind : null;

    public static RecordKind KindOf(RecordSeed seed) => Records.First(r => r.Seed == seed.GetType()).Kind;
}
