using KnowledgeHub.GraphQL.Errors;
using GraphQL;
using KnowledgeHub.GraphQL.Http;
using KnowledgeHub.GraphQL.Limits;
using KnowledgeHub.Data;
using Microsoft.AspNetCore.Diagnostics;
using UnhandledError = GraphQL.Execution.UnhandledError;

namespace KnowledgeHub.Api.GraphQL.Errors;

/// <summary>
/// Exceptions that escape the endpoint (or any middleware) become a GraphQL-shaped JSON error,
/// never ASP.NET Core's empty or HTML 500: INTERNAL_SERVER_ERROR with the request id that the
/// log line carries. Kestrel's "bad request" exceptions keep their 4xx status.
/// </summary>
public sealed class JsonExceptionHandler(IGraphQLTextSerializer serializer, ILogger<JsonExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && http.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nobody is left to answer.
            return true;
        }

        if (DatabaseUnavailable.Is(exception))
        {
            logger.LogWarning("Database unavailable in request {RequestId}: {Reason}", http.TraceIdentifier, exception.GetBaseException().Message);
            DatabaseOutage.WriteHeaders(http.Response);
            await WriteAsync(http, DatabaseOutage.Error(http), cancellationToken);
            return true;
        }

        var (status, error) = exception is BadHttpRequestException bad
            ? (bad.StatusCode, (ExecutionError)(bad.StatusCode == 413 ? LimitError.RequestTooLarge("The request could not be read.") : RequestError.Unreadable("The request could not be read.")))
            // Masked by the error info provider, as an unhandled error in a field is.
            : (StatusCodes.Status500InternalServerError, new UnhandledError("An unexpected error occurred.", exception));
        if (status >= 500)
        {
            logger.LogError(exception, "Unhandled error in request {RequestId}", http.TraceIdentifier);
        }

        http.Response.StatusCode = status;
        await WriteAsync(http, error, cancellationToken);
        return true;
    }

    private async Task WriteAsync(HttpContext http, ExecutionError error, CancellationToken cancellationToken)
    {
        Security.SecurityHeaders.Apply(http.Response);
        http.Response.ContentType = $"{ResponseMediaType.Negotiate(http.Request.Headers.Accept.ToString()) ?? ResponseMediaType.Json}; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, new ExecutionResult { Executed = false, Errors = [error] }, cancellationToken);
    }
}
