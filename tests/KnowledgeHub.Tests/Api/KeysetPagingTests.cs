namespace KnowledgeHub.Tests.Api;

/// <summary>Keyset paging under orders and filters, both ways, and cursors bound to their list and order.</summary>
public sealed class KeysetPagingTests(SharedServer server) : IClassFixture<SharedServer>
{
    private readonly HttpClient _client = server.Client;

    private static readonly List<string> ByNameDescending = SeedFacts.Municipalities
        .OrderByDescending(m => (string)m["name"]!, DanishOrder.Comparer).Select(m => (string)m["code"]!).ToList();

    [Theory]
    [InlineData(7)]
    [InlineData(15)]
    [InlineData(50)]
    public async Task All_98_by_name_descending_forward_and_backward(int size)
    {
        var forward = await PageWalker.ForwardAsync(_client, "municipalities", size, ", order: [{ name: DESC }]");
        var backward = await PageWalker.BackwardAsync(_client, "municipalities", size, ", order: [{ name: DESC }]");

        Assert.Equal(ByNameDescending, forward);
        Assert.Equal(ByNameDescending, backward);
    }

    [Fact]
    public async Task A_filtered_and_ordered_list_both_ways()
    {
        const string args = """, where: { region: { code: { eq: "1084" } } }, order: [{ name: ASC }]""";
        var expected = SeedFacts.Municipalities.Where(m => (string)m["region"]! == "1084")
            .OrderBy(m => (string)m["name"]!, DanishOrder.Comparer).Select(m => (string)m["code"]!).ToList();

        Assert.Equal(expected, await PageWalker.ForwardAsync(_client, "municipalities", 4, args));
        Assert.Equal(expected, await PageWalker.BackwardAsync(_client, "municipalities", 4, args));
    }

    [Fact]
    public async Task Nullable_keys_page_through_the_missing_values_too()
    {
        var all = await _client.ValuesAsync("programs", order: "[{ startYear: DESC }]");

        Assert.Equal(all, await PageWalker.ForwardAsync(_client, "programs", 4, ", order: [{ startYear: DESC }]", "slug"));
        Assert.Equal(all, await PageWalker.BackwardAsync(_client, "programs", 4, ", order: [{ startYear: DESC }]", "slug"));
    }

    [Fact]
    public async Task Before_a_page_is_the_page_before_it()
    {
        var second = await PageWalker.PageAsync(_client, "municipalities", "first: 10, after: $cursor, order: [{ name: DESC }]",
            (string)(await PageWalker.PageAsync(_client, "municipalities", "first: 10, after: $cursor, order: [{ name: DESC }]", null, "code"))["pageInfo"]!["endCursor"]!, "code");
        var back = await PageWalker.PageAsync(_client, "municipalities", "last: 10, before: $cursor, order: [{ name: DESC }]",
            (string)second["pageInfo"]!["startCursor"]!, "code");

        Assert.Equal(ByNameDescending.Take(10), back["edges"]!.AsArray().Select(e => (string)e!["node"]!["code"]!));
        Assert.False((bool)back["pageInfo"]!["hasPreviousPage"]!);
        Assert.True((bool)back["pageInfo"]!["hasNextPage"]!);
    }

    [Fact]
    public async Task A_cursor_made_under_another_order_or_list_is_refused()
    {
        var byName = await PageWalker.PageAsync(_client, "municipalities", "first: 2, order: [{ name: ASC }]", null, "code");
        var cursor = (string)byName["pageInfo"]!["endCursor"]!;
        var programs = await PageWalker.PageAsync(_client, "programs", "first: 2", null, "slug");

        var underOtherOrder = await _client.QueryAsync("query($c: String) { municipalities(after: $c, order: [{ name: DESC }]) { nodes { code } } }", new { c = cursor });
        var underDefaultOrder = await _client.QueryAsync("query($c: String) { municipalities(before: $c) { nodes { code } } }", new { c = cursor });
        var ofAnotherList = await _client.QueryAsync("query($c: String) { municipalities(after: $c) { nodes { code } } }", new { c = (string)programs["pageInfo"]!["endCursor"]! });
        var onChildList = await _client.QueryAsync("""query($c: String) { municipality(code: "0461") { records(after: $c) { nodes { slug } } } }""", new { c = cursor });

        Assert.Equal("INVALID_CURSOR", underOtherOrder.Code());
        Assert.Equal("INVALID_CURSOR", underDefaultOrder.Code());
        Assert.Equal("INVALID_CURSOR", ofAnotherList.Code());
        Assert.Equal("INVALID_CURSOR", onChildList.Code());
    }

    [Fact]
    public async Task A_forged_cursor_with_the_right_scope_but_wrong_values_is_refused()
    {
        var page = await PageWalker.PageAsync(_client, "municipalities", "first: 1", null, "code");
        var genuine = Ids.Decode((string)page["pageInfo"]!["endCursor"]!);
        var scope = genuine[..(genuine.IndexOf(',', StringComparison.Ordinal))];

        foreach (var forged in new[] { $"{scope},1,2]", $"{scope},null,1]", $"{scope},\"0101\"]", $"{scope},\"0101\",\"x\"]" })
        {
            var result = await _client.QueryAsync("query($c: String) { municipalities(after: $c) { nodes { code } } }", new { c = Ids.Encode(forged) });
            Assert.Equal("INVALID_CURSOR", result.Code());
        }
    }

    [Fact]
    public async Task First_zero_is_an_empty_page()
    {
        var page = await PageWalker.PageAsync(_client, "municipalities", "first: 0", null, "code");
        Assert.Empty(page["edges"]!.AsArray());
        Assert.True((bool)page["pageInfo"]!["hasNextPage"]!);
        Assert.Null(page["pageInfo"]!["endCursor"]);
    }

    [Fact]
    public async Task A_child_connection_pages_both_ways()
    {
        var all = (await _client.DataAsync("""{ municipality(code: "0461") { records(first: 50, order: [{ title: ASC }]) { nodes { slug } } } }"""))
            ["municipality"]!["records"]!["nodes"]!.AsArray().Select(n => (string)n!["slug"]!).ToList();
        Assert.True(all.Count > 3);

        var forward = new List<string>();
        string? after = null;
        do
        {
            var data = await _client.DataAsync(
                """query($after: String) { municipality(code: "0461") { records(first: 2, after: $after, order: [{ title: ASC }]) { nodes { slug } pageInfo { hasNextPage endCursor } } } }""",
                new { after });
            var records = data["municipality"]!["records"]!;
            forward.AddRange(records["nodes"]!.AsArray().Select(n => (string)n!["slug"]!));
            after = (bool)records["pageInfo"]!["hasNextPage"]! ? (string)records["pageInfo"]!["endCursor"]! : null;
        }
        while (after is not null);

        var last = await _client.DataAsync("""{ municipality(code: "0461") { records(last: 2, order: [{ title: ASC }]) { nodes { slug } pageInfo { hasPreviousPage hasNextPage } } } }""");
        Assert.Equal(all, forward);
        Assert.Equal(all.TakeLast(2), last["municipality"]!["records"]!["nodes"]!.AsArray().Select(n => (string)n!["slug"]!));
        Assert.True((bool)last["municipality"]!["records"]!["pageInfo"]!["hasPreviousPage"]!);
        Assert.False((bool)last["municipality"]!["records"]!["pageInfo"]!["hasNextPage"]!);
    }
}
