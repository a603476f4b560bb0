using System.Text.Json.Nodes;

namespace KnowledgeHub.Tests.Search;

/// <summary>Runs <c>search</c> over HTTP and reads the answer.</summary>
public static class SearchHttp
{
    public const string Selection = """
        totalCount searchedFor corrections { from to }
        pageInfo { hasNextPage hasPreviousPage endCursor }
        edges { cursor node { score record { __typename slug title } highlights { field fragments } } }
        facets { field values { value label count } }
        """;

    public static async Task<JsonNode> SearchAsync(this HttpClient client, string query, string args = "", object? where = null)
    {
        var data = await client.DataAsync(
            $"query($q: String!, $where: SearchFilterInput) {{ search(query: $q, where: $where {args}) {{ {Selection} }} }}",
            new { q = query, where });
        return data["search"]!;
    }

    /// <summary>Every hit's slug, page by page, for filters whose answer is larger than one page.</summary>
    public static async Task<List<string>> AllSlugsAsync(this HttpClient client, string query, object? where = null)
    {
        var slugs = new List<string>();
        for (string? after = null; ;)
        {
            var page = await client.SearchAsync(query, after is null ? "first: 50" : $"first: 50, after: \"{after}\"", where);
            slugs.AddRange(page.Slugs());
            if (!(bool)page["pageInfo"]!["hasNextPage"]!) return slugs;
            after = (string)page["pageInfo"]!["endCursor"]!;
        }
    }

    public static List<string> Slugs(this JsonNode search) =>
        search["edges"]!.AsArray().Select(e => (string)e!["node"]!["record"]!["slug"]!).ToList();

    public static IEnumerable<JsonNode> Hits(this JsonNode search) => search["edges"]!.AsArray().Select(e => e!["node"]!);

    /// <summary>Every highlight fragment of a hit, one per line.</summary>
    public static string Marked(this JsonNode hit) =>
        string.Join("\n", hit["highlights"]!.AsArray().SelectMany(h => h!["fragments"]!.AsArray()).Select(f => (string)f!));

    public static Dictionary<string, int> Facet(this JsonNode search, string field) =>
        search["facets"]!.AsArray().Single(f => (string)f!["field"]! == field)!["values"]!.AsArray()
            .ToDictionary(v => (string)v!["value"]!, v => (int)v!["count"]!);
}
