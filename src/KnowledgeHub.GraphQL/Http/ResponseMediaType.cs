using Microsoft.Net.Http.Headers;

namespace KnowledgeHub.GraphQL.Http;

/// <summary>Accept negotiation per GraphQL over HTTP: the new media type when the client names it, legacy JSON otherwise.</summary>
public static class ResponseMediaType
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>The type to answer with, or null when the client accepts neither (406).</summary>
    public static string? Negotiate(string? accept)
    {
        // Without an Accept header the spec says to answer as if the client asked for application/json.
        if (string.IsNullOrWhiteSpace(accept))
        {
            return Json;
        }

        if (!MediaTypeHeaderValue.TryParseList([accept], out var types))
        {
            return null;
        }

        // The new media type only when named (at equal quality it wins); */* gets the legacy type,
        // as the spec recommends, since such clients may predate the new one.
        foreach (var type in types.Where(t => (t.Quality ?? 1) > 0 && IsUtf8(t))
                     .OrderByDescending(t => t.Quality ?? 1)
                     .ThenByDescending(t => string.Equals(t.MediaType.Value, GraphQLResponse, StringComparison.OrdinalIgnoreCase)))
        {
            var name = type.MediaType.Value?.ToLowerInvariant();
            if (name == GraphQLResponse)
            {
                return GraphQLResponse;
            }

            if (name is Json or "application/*" or "*/*")
            {
                return Json;
            }
        }

        return null;
    }

    private static bool IsUtf8(MediaTypeHeaderValue type) =>
        !type.Charset.HasValue || type.Charset.Value!.Equals("utf-8", StringComparison.OrdinalIgnoreCase);
}
