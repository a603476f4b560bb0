using KnowledgeHub.Domain.Cases;
using KnowledgeHub.Domain.Experiences;
using KnowledgeHub.Domain.FamilyPrograms;
using KnowledgeHub.Domain.Programs;
using KnowledgeHub.Domain.Records;
using KnowledgeHub.Import.Seed;

namespace KnowledgeHub.Import.Records;

/// <summary>The record kinds as a seed file names them: the list each stands in, its document type and its entity.</summary>
public static class SeedKinds
{
    private static readonly (RecordKind Kind, string List, Type Seed, Type Entity)[] Records =
    [
        (RecordKind.Program, "programs", typeof(ProgramSeed), typeof(InterventionProgram)),
        (RecordKind.FamilyProgram, "familyPrograms", typeof(FamilyProgramSeed), typeof(FamilyProgram)),
        (RecordKind.InspirationCase, "inspirationCases", typeof(InspirationCaseSeed), typeof(InspirationCase)),
        (RecordKind.MunicipalExperience, "municipalExperiences", typeof(MunicipalExperienceSeed), typeof(MunicipalExperience)),
    ];

    public static string ListOf(RecordKind kind) => Records.First(r => r.Kind == kind).List;

    public static Type SeedTypeOf(RecordKind kind) => Records.First(r => r.Kind == kind).Seed;

    public static RecordKind? KindOfList(string list) => Records.FirstOrDefault(r => r.List == list) is { List: not null } r ? r.Kind : null;

    public static RecordKind KindOf(RecordSeed seed) => Records.First(r => r.Seed == seed.GetType()).Kind;

    // Blank, required fields unset: the caller fills them, the plain ones through PlainFields.
    internal static RecordSeed NewSeed(RecordKind kind) => (RecordSeed)Activator.CreateInstance(SeedTypeOf(kind))!;

    internal static Record NewEntity(RecordKind kind) => (Record)Activator.CreateInstance(Records.First(r => r.Kind == kind).Entity)!;
}
