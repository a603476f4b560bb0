using GraphQL;
using GraphQL.Execution;

namespace KnowledgeHub.Api.GraphQL.Errors;

/// <summary>
/// Unexpected exceptions reach clients as INTERNAL_SERVER_ERROR with the request id that is in
/// the log line, never with their message, type or stack.
/// </summary>
public sealed class KnowledgeHubErrorInfoProvider(IHttpContextAccessor http) : ErrorInfoProvider(new ErrorInfoProviderOptions { ExposeExceptionDetails = false })
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (executionError is not UnhandledError)
        {
            return info;
        }

        var extensions = new Dictionary<string, object?>
        {
            ["code"] = ErrorCodes.InternalServerError,
            ["requestId"] = http.HttpContext?.TraceIdentifier,
        };
        return new ErrorInfo { Message = "An unexpected error occurred.", Extensions = extensions };
    }
}
