using GraphQL;

namespace KnowledgeHub.GraphQL.Errors;

/// <summary>
/// One answer for "the database is unavailable", wherever a request meets it (a field, the API key
/// check, the cache's version check): 503 with Retry-After and a single SERVICE_UNAVAILABLE error
/// carrying the request id, for both response media types and every caller. Fields that did
/// answer are dropped: a client retries the whole request anyway (docs/errors.md).
/// </summary>
public static class DatabaseOutage
{
    /// <summary>A restart of PostgreSQL took under a second in the scale-out trials; a few seconds spreads the retries.</summary>
    private const int RetryAfterSeconds = 5;

    private const string Message = "The database is unavailable for the moment; retry the request after a few seconds.";

    public static bool In(ExecutionResult result, IOutageClassifier outages) => result.Errors?.Any(e => outages.IsOutage(e.InnerException)) == true;

    public static CodedError Error(HttpContext http)
    {
        var error = ServerError.Unavailable(Message);
        error.AddExtension("requestId", http.TraceIdentifier);
        return error;
    }

    public static ExecutionResult Answer(HttpContext http) => new() { Executed = false, Errors = [Error(http)] };

    public static void WriteHeaders(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
    }
}
