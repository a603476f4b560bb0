using GraphQL;
using GraphQLParser.AST;
using KnowledgeHub.GraphQL.Documents;
using KnowledgeHub.Search.Searching;

namespace KnowledgeHub.Api.Search;

/// <summary>
/// Which optional parts of a search the query selects, so that an unselected <c>facets</c> or
/// <c>highlights</c> costs nothing. Fragments (named and inline) count; a part under
/// <c>@skip</c>/<c>@include</c> is worked out anyway, which is wasted work but never a wrong answer.
/// </summary>
public static class SearchSelection
{
    public static SearchParts Of(IResolveFieldContext c)
    {
        var parts = SearchParts.None;
        var fields = c.SubFields?.Values.Select(f => f.Field) ?? SelectionFields.Of(c.Document, c.FieldAst.SelectionSet);
        foreach (var field in fields)
        {
            parts |= field.Name.StringValue switch
            {
                "facets" => SearchParts.Facets,
                "nodes" when Selects(c.Document, field, "highlights") => SearchParts.Highlights,
                "edges" when SelectionFields.Named(c.Document, field, "node").Any(node => Selects(c.Document, node, "highlights")) => SearchParts.Highlights,
                _ => SearchParts.None,
            };
        }

        return parts;
    }

    private static bool Selects(GraphQLDocument document, GraphQLField field, string name) => SelectionFields.Named(document, field, name).Any();
}
