using KnowledgeHub.Api.GraphQL.Errors;
using KnowledgeHub.GraphQL.Errors;

namespace KnowledgeHub.Api.Access;

/// <summary>A caller whose key does not allow what it asked.</summary>
public sealed class AccessError : CodedError
{
    private AccessError(string code, string message) : base(code, message)
    {
    }

    public static AccessError Forbidden(string message) => new(ApiErrorCodes.Forbidden, message);
}
