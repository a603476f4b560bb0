using GraphQL.Validation;
using GraphQLParser.AST;

namespace KnowledgeHub.GraphQL.Http;

/// <summary>
/// The spec's "operation type existence": a mutation or subscription against a schema without
/// that root type is a validation error. GraphQL.NET 8 has no such rule and its complexity
/// analyzer throws on it instead, which would surface as an internal error.
/// </summary>
public sealed class KnownOperationTypesRule : ValidationRuleBase
{
    public static readonly KnownOperationTypesRule Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        foreach (var operation in context.Document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            var root = operation.Operation switch
            {
                OperationType.Mutation => context.Schema.Mutation,
                OperationType.Subscription => context.Schema.Subscription,
                _ => (object)context.Schema.Query,
            };
            if (root is null)
            {
                context.ReportError(new UnknownOperationTypeError(context.Document.Source, operation));
            }
        }

        return ValueTask.FromResult<INodeVisitor?>(null);
    }
}

public sealed class UnknownOperationTypeError : ValidationError
{
    public const string ErrorCode = "KNOWN_OPERATION_TYPES";

    public UnknownOperationTypeError(GraphQLParser.ROM source, GraphQLOperationDefinition operation)
        : base(source, "5.2.3", $"This API has no {operation.Operation.ToString().ToLowerInvariant()} operations.", operation) =>
        Code = ErrorCode;
}
