using System.Text.Json.Nodes;

namespace KnowledgeHub.Tests.Infrastructure;

/// <summary>
/// Pages through a root connection one way or the other, checking pageInfo on every page:
/// hasPreviousPage/hasNextPage false exactly at the ends, cursors consistent with the edges.
/// </summary>
public static class PageWalker
{
    public static async Task<List<string>> ForwardAsync(HttpClient client, string field, int size, string extraArgs = "", string member = "code")
    {
        var values = new List<string>();
        string? after = null;
        for (var page = 0; ; page++)
        {
            var connection = await PageAsync(client, field, $"first: {size}, after: $cursor{extraArgs}", after, member);
            values.AddRange(Values(connection, member));
            var info = connection["pageInfo"]!;
            Assert.Equal(page > 0, (bool)info["hasPreviousPage"]!);
            if (!(bool)info["hasNextPage"]!)
            {
                return values;
            }

            Assert.Equal(size, connection["edges"]!.AsArray().Count);
            after = (string)info["endCursor"]!;
        }
    }

    public static async Task<List<string>> BackwardAsync(HttpClient client, string field, int size, string extraArgs = "", string member = "code")
    {
        var values = new List<string>();
        string? before = null;
        for (var page = 0; ; page++)
        {
            var connection = await PageAsync(client, field, $"last: {size}, before: $cursor{extraArgs}", before, member);
            values.InsertRange(0, Values(connection, member));
            var info = connection["pageInfo"]!;
            Assert.Equal(page > 0, (bool)info["hasNextPage"]!);
            if (!(bool)info["hasPreviousPage"]!)
            {
                return values;
            }

            Assert.Equal(size, connection["edges"]!.AsArray().Count);
            before = (string)info["startCursor"]!;
        }
    }

    public static async Task<JsonNode> PageAsync(HttpClient client, string field, string args, string? cursor, string member)
    {
        var variables = args.Contains("$cursor", StringComparison.Ordinal) ? "($cursor: String)" : "";
        var data = await client.DataAsync(
            $"query{variables} {{ {field}({args}) {{ edges {{ cursor node {{ {member} }} }} pageInfo {{ hasNextPage hasPreviousPage startCursor endCursor }} }} }}",
            new { cursor });
        var connection = data[field]!;
        var edges = connection["edges"]!.AsArray();
        var info = connection["pageInfo"]!;
        Assert.Equal((string?)edges.FirstOrDefault()?["cursor"], (string?)info["startCursor"]);
        Assert.Equal((string?)edges.LastOrDefault()?["cursor"], (string?)info["endCursor"]);
        return connection;
    }

    private static IEnumerable<string> Values(JsonNode connection, string member) =>
        connection["edges"]!.AsArray().Select(e => (string)e!["node"]![member]!);
}
