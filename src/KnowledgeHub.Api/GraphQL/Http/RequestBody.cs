using System.Text.Json;
using KnowledgeHub.Api.GraphQL.Errors;
using KnowledgeHub.Api.GraphQL.Limits;

namespace KnowledgeHub.Api.GraphQL.Http;

/// <summary>
/// Reads at most the configured number of bytes of a request body. A declared Content-Length
/// over the limit is refused before reading; a chunked body is cut off as soon as it passes it.
/// </summary>
public static class RequestBody
{
    public static async Task<JsonDocument> ParseJsonAsync(HttpRequest request, JsonDocumentOptions options, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
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
