namespace KnowledgeHub.Tests.Api;

/// <summary>A server on the seed data plus 60 generated programmes, with its SQL recorded.</summary>
public sealed class SyntheticSqlServer : SqlLoggingServer
{
    private readonly SeedCopy _seed = new();

    public SyntheticSqlServer()
    {
        SyntheticPrograms.AddTo(_seed, 60);
        SeedDirectory = _seed.Directory;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _seed.Dispose();
    }
}

/// <summary>
/// Batched loading: the number of SQL statements a query costs is fixed by its shape (one per
/// level), not by how many records it returns.
/// </summary>
public sealed class SqlCountTests(SyntheticSqlServer server) : IClassFixture<SyntheticSqlServer>
{
    private const string Records = """
        query($n: Int) { programs(first: $n, where: { municipalities: { any: true } }, order: [{ title: ASC }]) { totalCount nodes { title
          themes { name } municipalities { name region { name } } sources { url } } } }
        """;

    private const string NestedConnections = """
        query($n: Int) { municipalities(first: $n) { nodes { name
          records(first: 5, order: [{ title: DESC }]) { totalCount nodes { title themes { slug } } } } } }
        """;

    [Fact]
    public async Task Fifty_records_with_relations_cost_what_five_do()
    {
        var five = await server.StatementsOfAsync(Records, new { n = 5 });
        var fifty = await server.StatementsOfAsync(Records, new { n = 50 });
        var data = await server.Client.DataAsync(Records, new { n = 50 });

        Assert.Equal(50, data["programs"]!["nodes"]!.AsArray().Count);
        // page keys, page rows, count, themes and municipality links (one statement), regions, sources
        Assert.Equal(6, fifty.Count);
        Assert.Equal(five.Count, fifty.Count);
    }

    [Fact]
    public async Task A_connection_on_each_of_fifty_parents_costs_what_it_does_on_five()
    {
        var five = await server.StatementsOfAsync(NestedConnections, new { n = 5 });
        var fifty = await server.StatementsOfAsync(NestedConnections, new { n = 50 });

        // municipalities page (keys, rows); the records pages (parents + ROW_NUMBER pages of key values); those records by id;
        // themes. The counts come from the municipalities' record pairs in memory (unfiltered).
        Assert.Equal(6, fifty.Count);
        Assert.Equal(five.Count, fifty.Count);
        Assert.Contains(fifty, s => s.Contains("ROW_NUMBER() OVER(PARTITION BY", StringComparison.Ordinal));
        // Themes alone: their statement reads no municipality links (one loader serves both lists).
        Assert.DoesNotContain(fifty, s => s.Contains("\"RecordThemes\"", StringComparison.Ordinal) && s.Contains("\"RecordMunicipalities\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Default_order_child_pages_read_only_their_records_by_id()
    {
        const string byId = "query($n: Int) { municipalities(first: $n) { nodes { name records(first: 3) { totalCount nodes { title themes { slug } } } } } }";
        var fifty = await server.StatementsOfAsync(byId, new { n = 50 });

        // municipalities page (keys, rows); the pages' records by id; themes: the pages and counts are the pairs in memory.
        Assert.Equal(4, fifty.Count);
        Assert.DoesNotContain(fifty, s => s.Contains("ROW_NUMBER()", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_page_of_fifty_in_the_default_order_is_one_query_for_its_rows_and_one_per_child_list()
    {
        const string page = "query($n: Int) { programs(first: $n) { nodes { id slug kind title summary themes { slug } municipalities { code } updatedAt } } }";
        var fifty = await server.StatementsOfAsync(page, new { n = 50 });
        var data = await server.Client.DataAsync(page, new { n = 50 });

        Assert.Equal(50, data["programs"]!["nodes"]!.AsArray().Count);
        // the page's rows in key order (nothing to sort, so no keys-first query), themes and municipality links in one
        Assert.Equal(2, fifty.Count);
        Assert.Contains(fifty, s => s.Contains("LIMIT", StringComparison.Ordinal) && s.Contains("\"Summary\"", StringComparison.Ordinal));
        // The child lists read link pairs (and a municipality's code, to order them) only: the themes and
        // municipalities themselves are in memory (ReferenceTables).
        Assert.DoesNotContain(fifty, s => s.Contains("\"Themes\"", StringComparison.Ordinal) || s.Contains("\"Name\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Nested_pages_hold_what_each_parent_asked_for_alone()
    {
        var batched = await server.Client.DataAsync(NestedConnections, new { n = 50 });
        foreach (var municipality in batched["municipalities"]!["nodes"]!.AsArray().Take(12))
        {
            var alone = await server.Client.DataAsync(
                """query($name: String) { municipalities(where: { name: { eq: $name } }) { nodes { records(first: 5, order: [{ title: DESC }]) { totalCount nodes { title themes { slug } } } } } }""",
                new { name = (string)municipality!["name"]! });
            Assert.Equal(municipality["records"]!.ToJsonString(), alone["municipalities"]!["nodes"]![0]!["records"]!.ToJsonString());
        }
    }
}
