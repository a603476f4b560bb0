using GraphQLParser.AST;

namespace KnowledgeHub.GraphQL.Http.Caching;

/// <summary>
/// Which operations an ETag may stand for: queries whose answer depends only on the content the
/// <see cref="IContentVersion"/> follows. API keys are not in the change log, so a query reading
/// them is never cached.
/// </summary>
public static class CacheableOperation
{
    private static readonly HashSet<string> NotInChangeLog = new(StringComparer.Ordinal) { "apiKeys" };

    public static bool Is(GraphQLDocument document, string? operationName)
    {
        var operation = Find(document, operationName);
        return operation is { Operation: OperationType.Query } && !ReadsUncached(document, operation.SelectionSet, []);
    }

    /// <summary>The one operation the request names; none when that is ambiguous (validation refuses it later).</summary>
    private static GraphQLOperationDefinition? Find(GraphQLDocument document, string? name)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>()
            .Where(o => name is null || o.Name?.StringValue == name).Take(2).ToList();
        return operations.Count == 1 ? operations[0] : null;
    }

    /// <summary>Root fields only, through fragments (each fragment visited once).</summary>
    private static bool ReadsUncached(GraphQLDocument document, GraphQLSelectionSet selections, HashSet<string> seenFragments) =>
        selections.Selections.Any(selection => selection switch
        {
            GraphQLField field => NotInChangeLog.Contains(field.Name.StringValue),
            GraphQLInlineFragment inline => ReadsUncached(document, inline.SelectionSet, seenFragments),
            GraphQLFragmentSpread spread => seenFragments.Add(spread.FragmentName.Name.StringValue) &&
                document.Definitions.OfType<GraphQLFragmentDefinition>()
                    .FirstOrDefault(f => f.FragmentName.Name.StringValue == spread.FragmentName.Name.StringValue) is { } fragment &&
                ReadsUncached(document, fragment.SelectionSet, seenFragments),
            _ => false,
        });
}
