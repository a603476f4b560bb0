using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KnowledgeHub.Tests.Api.Caching;

/// <summary>A GET of a GraphQL request, optionally conditional, with the caching headers of its answer.</summary>
public sealed record CachedGet(int Status, string? ETag, string? CacheControl, string Vary, string Body)
{
    public JsonNode Json => JsonNode.Parse(Body)!;

    public static async Task<CachedGet> SendAsync(
        HttpClient client, string query, object? variables = null, string? ifNoneMatch = null, object? extensions = null, bool withQuery = true)
    {
        var url = "/graphql?" + string.Join('&', new[]
        {
            withQuery ? "query=" + Uri.EscapeDataString(query) : null,
            variables is null ? null : "variables=" + Uri.EscapeDataString(JsonSerializer.Serialize(variables)),
            extensions is null ? null : "extensions=" + Uri.EscapeDataString(JsonSerializer.Serialize(extensions)),
        }.Where(p => p is not null));
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        using var response = await client.SendAsync(request);
        return new CachedGet(
            (int)response.StatusCode,
            response.Headers.ETag?.ToString(),
            response.Headers.NonValidated.TryGetValues("Cache-Control", out var cacheControl) ? cacheControl.ToString() : null,
            string.Join(", ", response.Headers.Vary),
            await response.Content.ReadAsStringAsync());
    }
}
