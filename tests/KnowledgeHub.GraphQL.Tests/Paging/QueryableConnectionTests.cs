using KnowledgeHub.GraphQL.Tests.Hosting;

namespace KnowledgeHub.GraphQL.Tests.Paging;

/// <summary>A root connection over EF Core with where/order and keyset cursors, through HTTP.</summary>
public sealed class QueryableConnectionTests : IAsyncLifetime
{
    private TestApplication _app = null!;

    public async Task InitializeAsync() => _app = await TestApplication.StartAsync(TestRequests.Items);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Pages_forward_by_cursor_in_the_requested_order()
    {
        const string query = "query($after: String) { items(first: 2, after: $after, order: [{ year: DESC }]) { totalCount pageInfo { hasNextPage endCursor } nodes { name } } }";
        var names = new List<string>();
        string? after = null;
        for (var page = 0; page < 5; page++)
        {
            var (_, body) = await _app.Client.PostAsync(new { query, variables = new { after } });
            var items = body.GetProperty("data").GetProperty("items");
            Assert.Equal(5, items.GetProperty("totalCount").GetInt32());
            names.AddRange(TestRequests.Names(body));
            if (!items.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            after = items.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }

        // Years descending, ties by the unique key, the item without a year last.
        Assert.Equal(["Alfa", "delta", "Echo", "bravo", "Charlie"], names);
    }

    [Fact]
    public async Task Pages_backward_from_the_end()
    {
        var (_, body) = await _app.Client.PostAsync(new { query = "{ items(last: 2) { pageInfo { hasPreviousPage } nodes { name } } }" });
        Assert.Equal(["delta", "Echo"], TestRequests.Names(body));
        Assert.True(body.GetProperty("data").GetProperty("items").GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task Filters_ignoring_case_and_counts_what_matches()
    {
        var (_, body) = await _app.Client.PostAsync(new
        {
            query = "{ items(where: { or: [{ name: { startsWith: \"a\" } }, { name: { contains: \"ELT\" } }], year: { gte: 2020 } }, order: [{ name: DESC }]) { totalCount nodes { name } } }",
        });
        Assert.Equal(["delta", "Alfa"], TestRequests.Names(body));
        Assert.Equal(2, body.GetProperty("data").GetProperty("items").GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("{ items(first: 1, after: \"bm90IGEgY3Vyc29y\") { nodes { name } } }", "INVALID_CURSOR")]
    [InlineData("{ items(first: -1) { nodes { name } } }", "INVALID_PAGING_ARGUMENTS")]
    [InlineData("{ items(first: 1000) { nodes { name } } }", "PAGE_SIZE_TOO_LARGE")]
    [InlineData("{ items(where: { name: { contains: null } }) { nodes { name } } }", "INVALID_FILTER")]
    public async Task Bad_arguments_get_a_stable_code(string query, string code)
    {
        var (_, body) = await _app.Client.PostAsync(new { query });
        Assert.Equal(code, TestRequests.Code(body));
    }
}
