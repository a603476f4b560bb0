using System.Net.Http.Json;
using System.Text.Json;

namespace KnowledgeHub.GraphQL.Tests.Hosting;

public static class TestRequests
{
    public static readonly Item[] Items =
    [
        new() { Name = "Alfa", Year = 2020 },
        new() { Name = "bravo", Year = 2018 },
        new() { Name = "Charlie" },
        new() { Name = "delta", Year = 2020 },
        new() { Name = "Echo", Year = 2019 },
    ];

    public static async Task<(HttpResponseMessage Response, JsonElement Body)> PostAsync(this HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/graphql", body);
        return (response, await Body(response));
    }

    public static async Task<JsonElement> Body(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    public static string[] Names(JsonElement body, string field = "items") =>
        body.GetProperty("data").GetProperty(field).GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()!).ToArray();

    public static string Code(JsonElement body) =>
        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()!;
}
