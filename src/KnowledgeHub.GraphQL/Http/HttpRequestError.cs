namespace KnowledgeHub.GraphQL.Http;

/// <summary>A request refused before execution: the HTTP status and a GraphQL error with a stable code.</summary>
public sealed class HttpRequestError(int statusCode, string code, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
    public string Code { get; } = code;
}
