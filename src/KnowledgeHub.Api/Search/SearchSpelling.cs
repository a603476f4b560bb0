using GraphQL.Types;
using KnowledgeHub.Domain.FamilyPrograms;
using KnowledgeHub.Domain.Records;
using KnowledgeHub.Import.Indexing;
using KnowledgeHub.Search.Documents;
using KnowledgeHub.Search.Searching;

namespace KnowledgeHub.Api.Search;

/// <summary>
/// The search boundary's one place for enum values. The index holds the domain's names
/// (<see cref="SearchValues"/>: "FamilyProgram"), a client the schema's ("FAMILY_PROGRAM"), and
/// a facet value is passed back as a filter value, so both directions meet here.
/// </summary>
public static class SearchSpelling
{
    /// <summary>A filter argument, which the schema has already read into the domain's enum, as the index holds it.</summary>
    public static string ToIndex<TEnum>(TEnum value) where TEnum : struct, Enum => SearchValues.Of(value);

    /// <summary>A facet's values as the served schema spells them: kinds and evidence levels by its own enum types.</summary>
    public static IReadOnlyList<FacetCount> ToSchema(ISchema schema, FacetResult facet) => facet.Field switch
    {
        SearchFields.Kind => Spelled<RecordKind>(schema, "RecordKind", facet.Values),
        SearchFields.Evidence => Spelled<EvidenceLevel>(schema, "EvidenceLevel", facet.Values),
        _ => facet.Values,
    };

    private static List<FacetCount> Spelled<TEnum>(ISchema schema, string typeName, IReadOnlyList<FacetCount> values) where TEnum : struct, Enum
    {
        var type = (EnumerationGraphType)schema.AllTypes[typeName]!;
        return values.Select(v => v with { Value = (string)type.Serialize(Enum.Parse<TEnum>(v.Value))! }).ToList();
    }
}
