using GraphQLParser;
using GraphQLParser.AST;

namespace KnowledgeHub.GraphQL.Documents;

/// <summary>The fields of a selection set with its fragments (named and inline) expanded, for resolvers that read only what is selected.</summary>
public static class SelectionFields
{
    // Validation rejects fragment cycles before resolvers run; the limit only bounds the walk.
    private const int MaxFragmentDepth = 32;

    public static IEnumerable<GraphQLField> Of(GraphQLDocument document, GraphQLSelectionSet? selectionSet) => Of(document, selectionSet, 0);

    /// <summary>The fields named <paramref name="name"/> one level below <paramref name="field"/>.</summary>
    public static IEnumerable<GraphQLField> Named(GraphQLDocument document, GraphQLField field, string name) =>
        Of(document, field.SelectionSet).Where(f => f.Name.StringValue == name);

    private static IEnumerable<GraphQLField> Of(GraphQLDocument document, GraphQLSelectionSet? selectionSet, int depth) =>
        (selectionSet?.Selections ?? []).SelectMany(selection => selection switch
        {
            GraphQLField field => [field],
            GraphQLInlineFragment inline when depth < MaxFragmentDepth => Of(document, inline.SelectionSet, depth + 1),
            GraphQLFragmentSpread spread when depth < MaxFragmentDepth =>
                Of(document, document.FindFragmentDefinition(spread.FragmentName.Name.Value)?.SelectionSet, depth + 1),
            _ => [],
        });
}
