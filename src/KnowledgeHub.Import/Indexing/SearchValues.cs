using KnowledgeHub.Domain.FamilyPrograms;
using KnowledgeHub.Domain.Records;
using KnowledgeHub.Search.Documents;

namespace KnowledgeHub.Import.Indexing;

/// <summary>
/// How domain values appear in the index: under the domain's own names ("FamilyProgram",
/// "Published"), with Danish labels for people. The index knows nothing of how the GraphQL schema
/// spells them; the search boundary of the Api turns facet values into the schema's spelling.
/// </summary>
public static class SearchValues
{
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum => value.ToString();

    public static FacetValue Kind(RecordKind kind) => new(Of(kind), kind switch
    {
        RecordKind.Program => "Program",
        RecordKind.FamilyProgram => "Familieprogram",
        RecordKind.InspirationCase => "Inspirationscase",
        RecordKind.MunicipalExperience => "Kommunal erfaring",
        _ => kind.ToString(),
    });

    public static FacetValue Evidence(EvidenceLevel level) => new(Of(level), level switch
    {
        EvidenceLevel.Strong => "Stærk",
        EvidenceLevel.Good => "God",
        EvidenceLevel.Moderate => "Moderat",
        EvidenceLevel.Limited => "Begrænset",
        EvidenceLevel.NoEffectShown => "Ingen effekt påvist",
        _ => "Ukendt",
    });
}
