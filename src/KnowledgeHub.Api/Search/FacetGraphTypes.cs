using GraphQL.Types;
using KnowledgeHub.GraphQL;
using KnowledgeHub.Search.Documents;
using KnowledgeHub.Search.Searching;

namespace KnowledgeHub.Api.Search;

public sealed class FacetGraphType : ObjectGraphType<FacetResult>
{
    public FacetGraphType()
    {
        Name = "Facet";
        Description = "One dimension of the result set with a count per value, for filter panels.";
        Field<NonNullGraphType<FacetFieldGraphType>>("field").Description("What is counted.").Resolve(c => FacetFieldGraphType.Of(c.Source.Field));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetValueGraphType>>>>("values")
            .Description("The values present in the result set, most frequent first.").Resolve(c => SearchSpelling.ToSchema(c.Schema, c.Source));
    }
}

public sealed class FacetValueGraphType : ObjectGraphType<FacetCount>
{
    public FacetValueGraphType()
    {
        Name = "FacetValue";
        Description = "A value of a facet and how many matching records have it.";
        Field(v => v.Value).Description("The value as `where` takes it: a RecordKind or EvidenceLevel name, a theme slug, a region or municipality code.");
        Field(v => v.Label).Description("The value as people read it, in Danish.");
        Field(v => v.Count).Description("How many matching records have the value.");
    }
}

public enum FacetField
{
    Kind,
    Theme,
    Region,
    Municipality,
    EvidenceLevel,
}

public sealed class FacetFieldGraphType() : NamedEnumGraphType<FacetField>(
    "FacetField", "The dimensions a search counts. A record counts once per value it has (a record can have several themes or municipalities; exactly one kind and one evidence level).")
{
    public static FacetField Of(string field) => field switch
    {
        SearchFields.Kind => FacetField.Kind,
        SearchFields.Theme => FacetField.Theme,
        SearchFields.Region => FacetField.Region,
        SearchFields.Municipality => FacetField.Municipality,
        SearchFields.Evidence => FacetField.EvidenceLevel,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };
}
