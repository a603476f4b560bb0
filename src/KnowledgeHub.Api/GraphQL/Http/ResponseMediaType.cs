using Microsoft.Net.Http.Headers;

namespace KnowledgeHub.Api.GraphQL.Http;

/// <summary>Accept negotiation per GraphQL over HTTP: the new media type when the client accepts it, legacy JSON otherwise.</summary>
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

        foreach (var type in types.Where(t => (t.Quality ?? 1) > 0 && IsUtf8(t)).OrderByDescending(t => t.Quality ?? 1))
        {
            var name = type.MediaType.Value?.ToLowerInvariant();
            if (name is GraphQLResponse or "application/*" or "*/*")
            {
                return GraphQLResponse;
            }

            if (name == Json)
            {
                return Json;
            }
        }

        return null;
    }

    private static bool IsUtf8(MediaTypeHeaderValue type) =>
        !type.Charset.HasValue || type.Charset.Value!.Equals("utf-8", StringComparison.OrdinalIgnoreCase);
}
