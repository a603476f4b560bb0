using KnowledgeHub.GraphQL.Errors;

namespace KnowledgeHub.GraphQL.Http;

/// <summary>A request that could not be read as GraphQL over HTTP, as a GraphQL error.</summary>
public sealed class RequestError : CodedError
{
    private RequestError(string code, string message) : base(code, message)
    {
    }

    public static RequestError From(HttpRequestError error) => new(error.Code, error.Message);

    public static RequestError Unreadable(string message) => new(ErrorCodes.InvalidRequest, message);
}
