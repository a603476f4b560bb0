using System.Collections.Concurrent;
using GraphQLParser.AST;

namespace KnowledgeHub.GraphQL.Documents;

/// <summary>A parsed document and what is known about it, shared by every request that sends the same text.</summary>
public sealed class CachedDocument(string hash, string text, GraphQLDocument document, DocumentShape shape)
{
    private readonly ConcurrentDictionary<string, bool> _validatedOperations = new();

    public string Hash { get; } = hash;

    public string Text { get; } = text;

    public GraphQLDocument Document { get; } = document;

    public DocumentShape Shape { get; } = shape;

    /// <summary>The one operation the request names; none when that is ambiguous (validation refuses it later).</summary>
    public GraphQLOperationDefinition? Operation(string? name)
    {
        var operations = Document.Definitions.OfType<GraphQLOperationDefinition>()
            .Where(o => name is null || o.Name?.StringValue == name).Take(2).ToList();
        return operations.Count == 1 ? operations[0] : null;
    }

    /// <summary>
    /// Whether the spec's validation rules already passed for this operation. Only rules that
    /// depend on the document alone may be skipped; complexity (which depends on variables) never is.
    /// </summary>
    public bool IsValidated(string? operationName) => _validatedOperations.ContainsKey(operationName ?? "");

    public void MarkValidated(string? operationName) => _validatedOperations.TryAdd(operationName ?? "", true);
}
