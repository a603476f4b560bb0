using System.Text.Json.Nodes;

namespace KnowledgeHub.Tests.Api;

/// <summary>order: [XSortInput!] with ASC/DESC, nested keys, missing values last, the id breaking ties.</summary>
public sealed class SortingTests(SharedServer server) : IClassFixture<SharedServer>
{
    private readonly HttpClient _client = server.Client;

    private async Task<List<JsonNode>> AllMunicipalitiesAsync(string order, string selection)
    {
        var nodes = new List<JsonNode>();
        string? after = null;
        do
        {
            var data = await _client.DataAsync(
                $"query($after: String) {{ municipalities(first: 50, after: $after, order: {order}) {{ nodes {{ {selection} }} pageInfo {{ hasNextPage endCursor }} }} }}",
                new { after });
            var page = data["municipalities"]!;
            nodes.AddRange(page["nodes"]!.AsArray().Select(n => n!));
            after = (bool)page["pageInfo"]!["hasNextPage"]! ? (string)page["pageInfo"]!["endCursor"]! : null;
        }
        while (after is not null);

        return nodes;
    }

    /// <summary>HotChocolate applies the fields of one element in the order written; so do we.</summary>
    [Theory]
    [InlineData("[{ region: { name: DESC }, name: ASC }]", "[{ region: { name: DESC } }, { name: ASC }]")]
    [InlineData("[{ name: ASC, region: { name: DESC } }]", "[{ name: ASC }, { region: { name: DESC } }]")]
    [InlineData("[{ region: { name: ASC, code: DESC } }]", "[{ region: { name: ASC } }, { region: { code: DESC } }]")]
    public async Task Several_fields_in_one_element_apply_in_the_order_written(string together, string apart)
    {
        const string selection = "name region { name }";
        var expected = await AllMunicipalitiesAsync(apart, selection);
        Assert.Equal(expected.Select(n => n.ToJsonString()), (await AllMunicipalitiesAsync(together, selection)).Select(n => n.ToJsonString()));
    }

    [Fact]
    public async Task Several_fields_in_one_element_sent_as_a_variable_keep_their_order()
    {
        const string query = "query($o: [MunicipalitySortInput!]) { municipalities(first: 50, order: $o) { nodes { name } } }";
        async Task<string> Names(object order) => (await _client.DataAsync(query, new { o = order }))["municipalities"]!["nodes"]!.ToJsonString();

        Assert.Equal(
            await Names(new object[] { new { region = new { name = "DESC" } }, new { name = "ASC" } }),
            await Names(new object[] { new { region = new { name = "DESC" }, name = "ASC" } }));
        Assert.Equal(
            await Names(new object[] { new { name = "DESC" }, new { region = new { name = "ASC" } } }),
            await Names(new { name = "DESC", region = new { name = "ASC" } }));
    }

    [Fact]
    public async Task By_name_both_ways()
    {
        var expected = SeedFacts.Municipalities.Select(m => (string)m["name"]!).Order(DanishOrder.Comparer).ToList();

        var ascending = await AllMunicipalitiesAsync("[{ name: ASC }]", "name");
        var descending = await AllMunicipalitiesAsync("[{ name: DESC }]", "name");

        Assert.Equal(expected, ascending.Select(n => (string)n["name"]!));
        Assert.Equal(expected.AsEnumerable().Reverse(), descending.Select(n => (string)n["name"]!));
    }

    [Fact]
    public async Task By_a_nested_key_then_another()
    {
        var regionNames = (await _client.DataAsync("{ regions { code name } }"))["regions"]!.AsArray()
            .ToDictionary(r => (string)r!["code"]!, r => (string)r!["name"]!);
        var expected = SeedFacts.Municipalities
            .OrderByDescending(m => regionNames[(string)m["region"]!], DanishOrder.Comparer).ThenBy(m => (string)m["name"]!, DanishOrder.Comparer)
            .Select(m => (string)m["code"]!).ToList();

        var nodes = await AllMunicipalitiesAsync("[{ region: { name: DESC } }, { name: ASC }]", "code");

        Assert.Equal(expected, nodes.Select(n => (string)n["code"]!));
    }

    [Theory]
    [InlineData("ASC")]
    [InlineData("DESC")]
    public async Task Missing_values_come_last_and_ties_keep_the_default_order(string direction)
    {
        var byDefault = await _client.ValuesAsync("programs");
        var sorted = (await _client.NodesAsync("programs", order: $"[{{ startYear: {direction} }}]", selection: "slug startYear"))
            .Select(n => (Slug: (string)n["slug"]!, Year: (int?)n["startYear"])).ToList();

        var withYear = sorted.TakeWhile(p => p.Year is not null).ToList();
        Assert.All(sorted.Skip(withYear.Count), p => Assert.Null(p.Year));
        Assert.True(sorted.Count > withYear.Count, "the seed has programmes without a start year");
        var years = withYear.Select(p => p.Year!.Value).ToList();
        Assert.Equal(direction == "ASC" ? years.Order() : years.OrderDescending(), years);
        // Among equal keys (and among the missing ones) the id decides: the default order.
        foreach (var group in sorted.GroupBy(p => p.Year))
        {
            Assert.Equal(byDefault.Where(group.Select(p => p.Slug).Contains), group.Select(p => p.Slug));
        }
    }

    [Fact]
    public async Task Publications_default_to_newest_first()
    {
        var years = (await _client.NodesAsync("publications", selection: "year")).Select(n => (int?)n["year"]).ToList();
        var known = years.TakeWhile(y => y is not null).Select(y => y!.Value).ToList();
        Assert.Equal(known.OrderDescending(), known);
        Assert.All(years.Skip(known.Count), y => Assert.Null(y));
    }

    [Fact]
    public async Task Sorting_and_filtering_together()
    {
        var expected = SeedFacts.Municipalities.Where(m => (string)m["region"]! == "1085")
            .Select(m => (string)m["name"]!).OrderDescending(DanishOrder.Comparer).ToList();
        var names = await _client.ValuesAsync("municipalities", """{ region: { code: { eq: "1085" } } }""", "name", "[{ name: DESC }]");
        Assert.Equal(expected, names);
    }
}
