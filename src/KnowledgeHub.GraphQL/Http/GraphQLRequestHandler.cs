using System.Diagnostics;
using GraphQL;
using GraphQL.Transport;
using KnowledgeHub.GraphQL.Documents;
using KnowledgeHub.GraphQL.Errors;
using KnowledgeHub.GraphQL.Http.Caching;
using KnowledgeHub.GraphQL.Limits;
using Microsoft.Extensions.Options;
using Microsoft.IO;

namespace KnowledgeHub.GraphQL.Http;

/// <summary>
/// One GraphQL request from negotiation to the logged answer. Every refusal on the way is a GraphQL
/// error with a stable code; the status follows GraphQL over HTTP (see <see cref="ResponseStatus"/>).
/// </summary>
public sealed class GraphQLRequestHandler(
    IGraphQLTextSerializer serializer,
    DocumentProvider documents,
    GraphQLExecution execution,
    IOptionsMonitor<LimitsOptions> limits,
    GraphQLHttpCache cache,
    GraphQLResponseCache answers,
    IGraphQLRequestObserver telemetry,
    IOutageClassifier outages)
{
    public async Task HandleAsync(HttpContext http)
    {
        var started = Stopwatch.GetTimestamp();
        var mediaType = ResponseMediaType.Negotiate(http.Request.Headers.Accept.ToString());
        GraphQLRequest? request = null;
        CachedDocument? document = null;
        CacheKey? key = null;
        CacheTag? tag = null;
        ExecutionResult result;
        int status;
        try
        {
            if (mediaType is null)
            {
                throw new HttpRequestError(406, ErrorCodes.NotAcceptable, "Accept application/graphql-response+json or application/json.");
            }

            var read = await GraphQLRequestReader.ReadAsync(http.Request, serializer, limits.CurrentValue.MaxRequestBodyBytes, http.RequestAborted);
            request = read.Request;
            document = documents.Resolve(request);
            key = await cache.KeyAsync(http, read, document, mediaType);
            tag = cache.Tag(http, key);
            if (tag is not null && EntityTags.NoneMatchFails(http.Request, tag.Value))
            {
                // The client's copy is current: nothing is executed or sent.
                result = new ExecutionResult { Executed = true };
                http.Response.StatusCode = StatusCodes.Status304NotModified;
                cache.WriteHeaders(http.Response, tag, result);
                telemetry.Record(http, request, document, result, Stopwatch.GetElapsedTime(started), 0);
                return;
            }

            if (key is not null && answers.TryGet(key, out var kept))
            {
                result = new ExecutionResult { Executed = true };
                http.Response.StatusCode = StatusCodes.Status200OK;
                cache.WriteHeaders(http.Response, tag, result);
                http.Response.ContentType = $"{mediaType}; charset=utf-8";
                http.Response.ContentLength = kept.Length;
                await http.Response.Body.WriteAsync(kept, http.RequestAborted);
                telemetry.Record(http, request, document, result, Stopwatch.GetElapsedTime(started), kept.Length);
                return;
            }

            result = await execution.ExecuteAsync(http, request, document);
            if (DatabaseOutage.In(result, outages))
            {
                result = DatabaseOutage.Answer(http);
                DatabaseOutage.WriteHeaders(http.Response);
            }

            status = ResponseStatus.For(result, mediaType, http);
        }
        catch (HttpRequestError error)
        {
            result = Refused(RequestError.From(error));
            status = error.StatusCode;
        }
        catch (ExecutionError error)
        {
            // Refused before execution: limits, persisted documents, syntax.
            result = Refused(error);
            status = ResponseStatus.For(result, mediaType!, http);
        }

        mediaType ??= ResponseMediaType.Json;
        CostReport.AddIfAsked(http, result);
        http.Response.StatusCode = status;
        cache.WriteHeaders(http.Response, status == StatusCodes.Status200OK ? tag : null, result);
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        var complete = key is not null && status == StatusCodes.Status200OK && result.Executed && result.Errors is not { Count: > 0 };
        var bytes = await WriteAsync(http, result, complete ? key : null);
        telemetry.Record(http, request, document, result, Stopwatch.GetElapsedTime(started), bytes);
    }

    private static ExecutionResult Refused(ExecutionError error) => new() { Executed = false, Errors = [error] };

    /// <summary>
    /// Pooled blocks: a plain MemoryStream doubles as it grows, so a 26 KB page cost 64 KB of
    /// garbage per request, a tenth of what a page of 50 allocates. 16 KB blocks stay off the large
    /// object heap (the library's 128 KB would not); the free pool is bounded, because by default it
    /// keeps every block a burst of large answers ever took.
    /// </summary>
    private static readonly RecyclableMemoryStreamManager Buffers = new(new RecyclableMemoryStreamManager.Options
    {
        BlockSize = 16 * 1024,
        MaximumSmallPoolFreeBytes = 16 * 1024 * 1024,
        MaximumLargePoolFreeBytes = 16 * 1024 * 1024,
    });

    /// <summary>Buffered, so a failure while serialising still becomes a clean JSON 500 and the size is known.</summary>
    private async Task<long> WriteAsync(HttpContext http, ExecutionResult result, CacheKey? keepAs)
    {
        await using var buffer = Buffers.GetStream();
        await serializer.WriteAsync(buffer, result, http.RequestAborted);
        if (keepAs is not null)
        {
            answers.Keep(keepAs, buffer.ToArray());
        }

        http.Response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(http.Response.Body, http.RequestAborted);
        return buffer.Length;
    }
}
