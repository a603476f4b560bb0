using System.Text.Json.Nodes;

namespace KnowledgeHub.Tests.Infrastructure;

public static class Connections
{
    /// <summary>
    /// Every node of a connection (at most 50) with its filter and order, checking that
    /// totalCount agrees with what came back.
    /// </summary>
    public static async Task<List<JsonNode>> NodesAsync(
        this HttpClient client, string field, string? where = null, string? order = null, string selection = "slug")
    {
        var args = "first: 50" + (where is null ? "" : $", where: {where}") + (order is null ? "" : $", order: {order}");
        var data = await client.DataAsync($"{{ {field}({args}) {{ totalCount pageInfo {{ hasNextPage }} nodes {{ {selection} }} }} }}");
        var connection = data[field]!;
        var nodes = connection["nodes"]!.AsArray().Select(n => n!).ToList();
        Assert.False((bool)connection["pageInfo"]!["hasNextPage"]!, "more than one page: the test needs a narrower filter");
        Assert.Equal((int)connection["totalCount"]!, nodes.Count);
        return nodes;
    }

    public static async Task<List<string>> ValuesAsync(this HttpClient client, string field, string? where = null, string member = "slug", string? order = null) =>
        (await client.NodesAsync(field, where, order, member)).Select(n => (string)n[member]!).ToList();

    public static async Task<int> CountAsync(this HttpClient client, string field, string where)
    {
        var data = await client.DataAsync($"{{ {field}(first: 1, where: {where}) {{ totalCount }} }}");
        return (int)data[field]!["totalCount"]!;
    }
}
