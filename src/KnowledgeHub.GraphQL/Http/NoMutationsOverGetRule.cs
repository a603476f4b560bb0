using GraphQL.Validation;
using GraphQLParser.AST;

namespace KnowledgeHub.GraphQL.Http;

/// <summary>GET is safe: only queries may run over it; anything else is refused with 405.</summary>
public sealed class NoMutationsOverGetRule : ValidationRuleBase
{
    public static readonly NoMutationsOverGetRule Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var operation = context.Operation;
        if (operation.Operation != OperationType.Query)
        {
            context.ReportError(new OperationNotAllowedOverGetError(context.Document.Source, operation));
        }

        return ValueTask.FromResult<INodeVisitor?>(null);
    }
}

public sealed class OperationNotAllowedOverGetError : ValidationError
{
    public const string ErrorCode = "OPERATION_NOT_ALLOWED_OVER_GET";

    public OperationNotAllowedOverGetError(GraphQLParser.ROM source, GraphQLOperationDefinition operation)
        : base(source, null, $"{operation.Operation.ToString().ToLowerInvariant()} operations are only allowed over POST.", operation) =>
        Code = ErrorCode;
}
