using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KnowledgeHub.Tests.Infrastructure;

/// <summary>Sends GraphQL requests the way a client does and returns the parsed answer.</summary>
public static class GraphQLHttp
{
    public static async Task<JsonNode> QueryAsync(this HttpClient client, string query, object? variables = null)
    {
        var (status, body) = await client.PostGraphQLAsync(query, variables);
        Assert.True(status == 200, $"HTTP {status}: {body}");
        return JsonNode.Parse(body)!;
    }

    /// <summary>A request refused before execution (400, a request error): returns the parsed answer.</summary>
    public static async Task<JsonNode> RefusedAsync(this HttpClient client, string query, object? variables = null)
    {
        var (status, body) = await client.PostGraphQLAsync(query, variables);
        Assert.True(status == 400, $"HTTP {status}: {body}");
        return JsonNode.Parse(body)!;
    }

    /// <summary>A query that must succeed: fails the test on any GraphQL error, returns <c>data</c>.</summary>
    public static async Task<JsonNode> DataAsync(this HttpClient client, string query, object? variables = null)
    {
        var result = await client.QueryAsync(query, variables);
        Assert.True(result["errors"] is null, result.ToJsonString());
        return result["data"]!;
    }

    public static async Task<(int Status, string Body)> PostGraphQLAsync(
        this HttpClient client, string query, object? variables = null, string accept = "application/graphql-response+json")
    {
        var payload = JsonSerializer.Serialize(new { query, variables });
        return await client.PostRawAsync(payload, "application/json", accept);
    }

    public static async Task<(int Status, string Body)> PostRawAsync(this HttpClient client, string body, string? contentType, string? accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        using var response = await client.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public static string Code(this JsonNode result, int index = 0) => (string)result["errors"]![index]!["extensions"]!["code"]!;
}
