namespace KnowledgeHub.GraphQL.Errors;

/// <summary>What the server, not the client, got wrong: the one kind a client can only retry or report.</summary>
public sealed class ServerError : CodedError
{
    private ServerError(string code, string message) : base(code, message)
    {
    }

    public static ServerError Unavailable(string message) => new(ErrorCodes.ServiceUnavailable, message);
}
