using System.Text.Json;
using KnowledgeHub.GraphQL.Errors;
using KnowledgeHub.GraphQL.Limits;

namespace KnowledgeHub.GraphQL.Http;

/// <summary>
/// Reads at most the configured number of bytes of a request body. A declared Content-Length
/// over the limit is refused without being kept; a chunked body is refused as soon as it passes
/// it. Either way the rest is drained (<see cref="OversizedBody"/>) so the client gets the 413.
/// </summary>
public static class RequestBody
{
    public static async Task<JsonDocument> ParseJsonAsync(HttpRequest request, JsonDocumentOptions options, long maxBytes, CancellationToken cancellationToken)
    {
        OversizedBody.AllowDraining(request, maxBytes);
        if (request.ContentLength > maxBytes)
        {
            await OversizedBody.DrainAsync(request, maxBytes, started: false, cancellationToken);
            throw TooLarge(maxBytes);
        }

        var buffer = new MemoryStream();
        try
        {
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    await OversizedBody.DrainAsync(request, maxBytes, started: true, cancellationToken);
                    throw TooLarge(maxBytes);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex)
        {
            // Kestrel's own limit, or a body that ended early.
            throw ex.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? TooLarge(maxBytes)
                : new HttpRequestError(400, ErrorCodes.InvalidRequest, "The request body could not be read.");
        }
        catch (IOException) when (!cancellationToken.IsCancellationRequested)
        {
            // Kestrel's chunked decoder reports some malformed framing this way (a chunk-size line that overflows).
            throw new HttpRequestError(400, ErrorCodes.InvalidRequest, "The request body could not be read: its chunked framing is malformed.");
        }

        try
        {
            var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
            // A UTF-8 byte order mark is allowed before JSON text; parsing from memory does not skip it.
            return JsonDocument.Parse(bytes.Span.StartsWith(Utf8Bom) ? bytes[Utf8Bom.Length..] : bytes, options);
        }
        catch (JsonException)
        {
            // Also invalid UTF-8, duplicate keys and nesting past the depth limit.
            throw new HttpRequestError(400, ErrorCodes.InvalidJson, "The request body is not valid JSON (UTF-8, no duplicate keys, nested at most 64 levels).");
        }
    }

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    private static HttpRequestError TooLarge(long maxBytes) =>
        new(413, LimitCodes.RequestTooLarge, $"The request body is larger than {maxBytes} bytes, the limit.");
}
