namespace KnowledgeHub.Tests.Search;

/// <summary>
/// A search works out facets and highlights only when the query selects them: through fragments,
/// aliases and edges as much as directly, and a query without them still answers the rest.
/// </summary>
public sealed class SearchSelectionTests(SharedServer server) : IClassFixture<SharedServer>
{
    private readonly HttpClient _client = server.Client;

    [Fact]
    public async Task Highlights_and_facets_selected_through_fragments_are_filled()
    {
        var data = await _client.DataAsync("""
            query { search(query: "forebyggelse", first: 3) { ...Counts edges { node { ... on SearchHit { ...Marks } } } } }
            fragment Counts on SearchConnection { totalCount counted: facets { field values { count } } }
            fragment Marks on SearchHit { marked: highlights { fragments } }
            """);
        var search = data["search"]!;
        Assert.NotEmpty(search["counted"]!.AsArray());
        Assert.All(search["edges"]!.AsArray(), e => Assert.NotEmpty(e!["node"]!["marked"]!.AsArray()));
    }

    [Fact]
    public async Task Without_facets_and_highlights_the_hits_and_total_are_the_same()
    {
        var bare = (await _client.DataAsync("""{ search(query: "tidlig opsporing", first: 10) { totalCount nodes { record { slug } } } }"""))["search"]!;
        var full = await _client.SearchAsync("tidlig opsporing", "first: 10");
        Assert.Equal((int)full["totalCount"]!, (int)bare["totalCount"]!);
        Assert.Equal(full.Slugs(), bare["nodes"]!.AsArray().Select(n => (string)n!["record"]!["slug"]!).ToList());
    }

    [Fact]
    public async Task Highlights_under_nodes_are_filled()
    {
        var data = await _client.DataAsync("""{ search(query: "anbringelse", first: 2) { nodes { highlights { field } } } }""");
        Assert.All(data["search"]!["nodes"]!.AsArray(), n => Assert.NotEmpty(n!["highlights"]!.AsArray()));
    }
}
