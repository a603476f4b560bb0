using GraphQL;
using GraphQL.Execution;

namespace KnowledgeHub.GraphQL.Http;

/// <summary>
/// Status codes per GraphQL over HTTP: with application/graphql-response+json a request that
/// fails before execution is a 4xx; with legacy application/json every well-formed request is a
/// 200. A GET that is not a query is 405 either way.
/// </summary>
public static class ResponseStatus
{
    public static int For(ExecutionResult result, string mediaType, HttpContext http)
    {
        if (result.Executed)
        {
            return StatusCodes.Status200OK;
        }

        // Not the request's fault, whatever the media type: 503 tells load balancers and clients to retry.
        if (result.Errors?.Any(e => e.Code == Errors.ErrorCodes.ServiceUnavailable) == true)
        {
            return StatusCodes.Status503ServiceUnavailable;
        }

        if (result.Errors?.Any(e => e is OperationNotAllowedOverGetError) == true)
        {
            http.Response.Headers.Allow = "POST";
            return StatusCodes.Status405MethodNotAllowed;
        }

        // Like the rate limit, whatever the media type: the client is to come back, not to change the request.
        if (result.Errors?.Any(e => e is Limits.LimitError { Code: Limits.LimitCodes.TooManyExpensiveRequests }) == true)
        {
            http.Response.Headers.RetryAfter = "1";
            return StatusCodes.Status429TooManyRequests;
        }

        if (mediaType != ResponseMediaType.GraphQLResponse)
        {
            return StatusCodes.Status200OK;
        }

        // A timeout is not the client's mistake; graphql-response+json must not be 200 without data.
        return result.Errors?.Any(e => e is TimeoutError) == true ? StatusCodes.Status504GatewayTimeout : StatusCodes.Status400BadRequest;
    }
}
