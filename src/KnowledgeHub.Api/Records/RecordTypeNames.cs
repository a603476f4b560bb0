using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Api.Records;

/// <summary>The schema type of each record kind, for global ids and <c>__typename</c>.</summary>
public static class RecordTypeNames
{
    public static string Of(RecordKind kind) => kind switch
    {
        RecordKind.Program => "Program",
        RecordKind.FamilyProgram => "FamilyProgram",
        RecordKind.InspirationCase => "InspirationCase",
        RecordKind.MunicipalExperience => "MunicipalExperience",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
