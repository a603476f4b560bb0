using GraphQLParser;
using GraphQLParser.AST;
using KnowledgeHub.GraphQL.Documents;

namespace KnowledgeHub.GraphQL.Http.Caching;

/// <summary>
/// Which operations an ETag may stand for: queries whose answer depends only on the content the
/// <see cref="IContentVersion"/> follows. API keys are not in the change log, so a query reading
/// them is never cached.
/// </summary>
public static class CacheableOperation
{
    private static readonly HashSet<string> NotInChangeLog = new(StringComparer.Ordinal) { "apiKeys" };

    public static bool Is(CachedDocument document, string? operationName) =>
        document.Operation(operationName) is { Operation: OperationType.Query } operation && !ReadsUncached(document.Document, operation.SelectionSet, []);

    /// <summary>Root fields only, through fragments (each fragment visited once).</summary>
    private static bool ReadsUncached(GraphQLDocument document, GraphQLSelectionSet selections, HashSet<string> seenFragments) =>
        selections.Selections.Any(selection => selection switch
        {
            GraphQLField field => NotInChangeLog.Contains(field.Name.StringValue),
            GraphQLInlineFragment inline => ReadsUncached(document, inline.SelectionSet, seenFragments),
            GraphQLFragmentSpread spread => seenFragments.Add(spread.FragmentName.Name.StringValue) &&
                document.FindFragmentDefinition(spread.FragmentName.Name.Value) is { } fragment && ReadsUncached(document, fragment.SelectionSet, seenFragments),
            _ => false,
        });
}
