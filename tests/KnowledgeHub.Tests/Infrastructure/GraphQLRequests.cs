using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KnowledgeHub.Tests.Infrastructure;

/// <summary>Requests with headers and whole answers (status, headers, body), for protocol-level tests.</summary>
public static class GraphQLRequests
{
    public const string GraphQLResponse = "application/graphql-response+json";

    public static async Task<Answer> SendAsync(this HttpClient client, HttpMethod method, string url, string? body = null,
        string? contentType = "application/json", string? accept = GraphQLResponse, IDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        }

        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var all = response.Headers.Concat(response.Content.Headers).ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        return new Answer((int)response.StatusCode, all, text);
    }

    public static Task<Answer> PostJsonAsync(this HttpClient client, object payload, IDictionary<string, string>? headers = null, string accept = GraphQLResponse) =>
        client.SendAsync(HttpMethod.Post, "/graphql", JsonSerializer.Serialize(payload), accept: accept, headers: headers);

    public sealed record Answer(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
    {
        public JsonNode Json => JsonNode.Parse(Body)!;

        public string Code(int index = 0) => Json.Code(index);

        public string Message(int index = 0) => (string)Json["errors"]![index]!["message"]!;

        public override string ToString() => $"HTTP {Status}: {Body}";
    }
}
