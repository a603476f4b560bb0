using GraphQL;

namespace KnowledgeHub.GraphQL.Errors;

/// <summary>
/// An error a client caused and can fix, with a stable <c>extensions.code</c>. Thrown from
/// resolvers; GraphQL.NET reports an <see cref="ExecutionError"/> as it is, message and code.
/// The codes are listed in docs/errors.md.
/// </summary>
public class CodedError : ExecutionError
{
    public CodedError(string code, string message) : base(message) => Code = code;
}
