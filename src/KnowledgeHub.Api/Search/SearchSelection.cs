using GraphQL;
using GraphQLParser;
using GraphQLParser.AST;
using KnowledgeHub.Search.Searching;

namespace KnowledgeHub.Api.Search;

/// <summary>
/// Which optional parts of a search the query selects, so that an unselected <c>facets</c> or
/// <c>highlights</c> costs nothing. Fragments (named and inline) count; a part under
/// <c>@skip</c>/<c>@include</c> is worked out anyway, which is wasted work but never a wrong answer.
/// </summary>
public static class SearchSelection
{
    // Validation rejects fragment cycles before resolvers run; the limit only bounds the walk.
    private const int MaxFragmentDepth = 32;

    public static SearchParts Of(IResolveFieldContext c)
    {
        var parts = SearchParts.None;
        var fields = c.SubFields?.Values.Select(f => f.Field) ?? Fields(c.Document, c.FieldAst.SelectionSet, 0);
        foreach (var field in fields)
        {
            parts |= field.Name.StringValue switch
            {
                "facets" => SearchParts.Facets,
                "nodes" when Selects(c.Document, field, "highlights") => SearchParts.Highlights,
                "edges" when Fields(c.Document, field.SelectionSet, 0).Any(node => node.Name.StringValue == "node" && Selects(c.Document, node, "highlights")) => SearchParts.Highlights,
                _ => SearchParts.None,
            };
        }

        return parts;
    }

    private static bool Selects(GraphQLDocument document, GraphQLField field, string name) =>
        Fields(document, field.SelectionSet, 0).Any(f => f.Name.StringValue == name);

    /// <summary>The fields of a selection set with fragments expanded.</summary>
    private static IEnumerable<GraphQLField> Fields(GraphQLDocument document, GraphQLSelectionSet? selectionSet, int depth)
    {
        foreach (var selection in selectionSet?.Selections ?? [])
        {
            var inner = selection switch
            {
                GraphQLField field => [field],
                GraphQLInlineFragment inline when depth < MaxFragmentDepth => Fields(document, inline.SelectionSet, depth + 1),
                GraphQLFragmentSpread spread when depth < MaxFragmentDepth => Fields(document, document.FindFragmentDefinition(spread.FragmentName.Name.Value)?.SelectionSet, depth + 1),
                _ => [],
            };
            foreach (var field in inner)
            {
                yield return field;
            }
        }
    }
}
