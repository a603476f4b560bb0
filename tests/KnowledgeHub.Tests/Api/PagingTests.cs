namespace KnowledgeHub.Tests.Api;

public sealed class PagingTests(SharedServer server) : IClassFixture<SharedServer>
{
    private readonly HttpClient _client = server.Client;

    /// <summary>As HotChocolate: no edges, null cursors, and hasNextPage says whether any item follows.</summary>
    [Fact]
    public async Task First_zero_gives_no_edges_and_says_whether_items_follow()
    {
        var data = await _client.DataAsync("""
            { all: municipalities(first: 0) { totalCount edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }
              none: municipalities(first: 0, where: { name: { eq: "Atlantis" } }) { totalCount pageInfo { hasNextPage startCursor endCursor } } }
            """);
        Assert.Equal("""{"totalCount":98,"edges":[],"pageInfo":{"hasNextPage":true,"hasPreviousPage":false,"startCursor":null,"endCursor":null}}""", data["all"]!.ToJsonString());
        Assert.Equal("""{"totalCount":0,"pageInfo":{"hasNextPage":false,"startCursor":null,"endCursor":null}}""", data["none"]!.ToJsonString());
    }

    [Fact]
    public async Task Forward_through_all_municipalities_without_gaps_or_repeats()
    {
        var codes = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var data = await _client.DataAsync(
                "query($after: String) { municipalities(first: 15, after: $after) { nodes { code } pageInfo { hasNextPage hasPreviousPage endCursor } } }",
                new { after });
            var page = data["municipalities"]!;
            codes.AddRange(page["nodes"]!.AsArray().Select(n => (string)n!["code"]!));
            Assert.Equal(pages > 0, (bool)page["pageInfo"]!["hasPreviousPage"]!);
            pages++;
            if (!(bool)page["pageInfo"]!["hasNextPage"]!)
            {
                break;
            }

            after = (string)page["pageInfo"]!["endCursor"]!;
        }

        Assert.Equal(98, codes.Count);
        Assert.Equal(98, codes.Distinct().Count());
        Assert.Equal(7, pages);
    }

    [Fact]
    public async Task Backward_through_all_municipalities_without_gaps_or_repeats()
    {
        var codes = new List<string>();
        string? before = null;
        while (true)
        {
            var data = await _client.DataAsync(
                "query($before: String) { municipalities(last: 20, before: $before) { nodes { code } pageInfo { hasPreviousPage startCursor } } }",
                new { before });
            var page = data["municipalities"]!;
            codes.InsertRange(0, page["nodes"]!.AsArray().Select(n => (string)n!["code"]!));
            if (!(bool)page["pageInfo"]!["hasPreviousPage"]!)
            {
                break;
            }

            before = (string)page["pageInfo"]!["startCursor"]!;
        }

        Assert.Equal(98, codes.Distinct().Count());
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
    }

    [Fact]
    public async Task Page_size_over_the_maximum_is_refused()
    {
        var result = await _client.RefusedAsync("{ municipalities(first: 51) { nodes { code } } }");
        Assert.Equal("PAGE_SIZE_TOO_LARGE", result.Code());
        // Refused before executing, whether the number is written in the document or sent in a variable.
        Assert.Null(result["data"]);
        var variable = await _client.RefusedAsync("query($n: Int) { municipalities(first: $n) { nodes { code } } }", new { n = 51 });
        Assert.Equal("PAGE_SIZE_TOO_LARGE", variable.Code());
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("dGhlbWVzOjA")] // "themes:0": a cursor of another list
    [InlineData("")]
    public async Task Invalid_or_foreign_cursor_is_refused(string cursor)
    {
        var result = await _client.QueryAsync("query($c: String) { municipalities(after: $c) { nodes { code } } }", new { c = cursor });
        Assert.Equal("INVALID_CURSOR", result.Code());
    }

    [Fact]
    public async Task First_and_last_together_are_refused()
    {
        var result = await _client.QueryAsync("{ municipalities(first: 2, last: 2) { nodes { code } } }");
        Assert.Equal("INVALID_PAGING_ARGUMENTS", result.Code());
    }
}
