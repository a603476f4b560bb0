using System.Text;
using KnowledgeHub.Domain.FamilyPrograms;
using KnowledgeHub.Domain.Records;
using KnowledgeHub.Search.Documents;

namespace KnowledgeHub.Import.Indexing;

/// <summary>
/// How domain values appear in the index: as the schema's enum values (so a facet value can be
/// passed back as a filter) with Danish labels for people.
/// </summary>
public static class SearchValues
{
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum => ConstantCase(value.ToString());

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

    /// <summary>"FamilyProgram" → "FAMILY_PROGRAM", as GraphQL.NET names enum values.</summary>
    private static string ConstantCase(string name)
    {
        var result = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                result.Append('_');
            }

            result.Append(char.ToUpperInvariant(name[i]));
        }

        return result.ToString();
    }
}
