using GraphQL;

namespace KnowledgeHub.GraphQL.Errors;

/// <summary>
/// An error a client caused and can fix, with a stable <c>extensions.code</c>. Each feature has
/// its own sealed kind, whose factories name the problem and pick its code from the feature's
/// code list (docs/errors.md lists every code). GraphQL.NET reports an <see cref="ExecutionError"/>
/// as it is, message and code.
/// </summary>
public abstract class CodedError : ExecutionError
{
    protected CodedError(string code, string message) : base(message) => Code = code;
}
