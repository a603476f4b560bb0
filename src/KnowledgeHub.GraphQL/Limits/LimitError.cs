using GraphQL.Validation;

namespace KnowledgeHub.GraphQL.Limits;

/// <summary>A limit reported from a validation rule, with its own code.</summary>
public sealed class LimitError : ValidationError
{
    public LimitError(string code, string message) : base(message) => Code = code;
}
