namespace KnowledgeHub.Tests.Api;

/// <summary>Filters and orders a client gets wrong are field errors with a code, never a 500.</summary>
public sealed class FilterErrorTests(SharedServer server) : IClassFixture<SharedServer>
{
    private readonly HttpClient _client = server.Client;

    [Theory]
    [InlineData("""{ name: { contains: null } }""")]
    [InlineData("""{ name: { startsWith: null } }""")]
    public async Task Text_operations_need_a_text(string where)
    {
        var result = await _client.QueryAsync($"{{ municipalities(where: {where}) {{ nodes {{ code }} }} }}");
        Assert.Equal("INVALID_FILTER", result.Code());
        Assert.Null(result["data"]!["municipalities"]);
    }

    [Fact]
    public async Task Comparisons_need_a_value()
    {
        var result = await _client.QueryAsync("{ programs(where: { startYear: { gt: null } }) { nodes { slug } } }");
        Assert.Equal("INVALID_FILTER", result.Code());
    }

    [Fact]
    public async Task A_filter_with_too_many_conditions_is_refused()
    {
        var conditions = string.Join(", ", Enumerable.Range(0, 101).Select(i => $$"""{ code: { neq: "{{i}}" } }"""));
        var result = await _client.QueryAsync($"{{ municipalities(where: {{ and: [{conditions}] }}) {{ nodes {{ code }} }} }}");
        Assert.Equal("INVALID_FILTER", result.Code());
    }

    [Fact]
    public async Task An_in_list_that_is_too_long_is_refused()
    {
        var codes = Enumerable.Range(0, 501).Select(i => i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var result = await _client.QueryAsync("query($codes: [String]) { municipalities(where: { code: { in: $codes } }) { nodes { code } } }", new { codes });
        Assert.Equal("INVALID_FILTER", result.Code());
    }

    [Fact]
    public async Task An_unknown_filter_field_is_a_validation_error()
    {
        var (status, body) = await _client.PostGraphQLAsync("{ municipalities(where: { population: { gt: 5 } }) { nodes { code } } }");
        Assert.Equal(400, status);
        Assert.Contains("population", body);
    }

    [Fact]
    public async Task An_order_with_too_many_terms_is_refused()
    {
        var terms = string.Join(", ", Enumerable.Repeat("{ name: ASC }", 11));
        var result = await _client.QueryAsync($"{{ municipalities(order: [{terms}]) {{ nodes {{ code }} }} }}");
        Assert.Equal("INVALID_ORDER", result.Code());
    }

    [Theory]
    [InlineData("[{ }]")]
    [InlineData("[{ region: { } }]")]
    public async Task An_order_element_sets_at_least_one_field(string order)
    {
        var result = await _client.QueryAsync($"{{ municipalities(order: {order}) {{ nodes {{ code }} }} }}");
        Assert.Equal("INVALID_ORDER", result.Code());
    }
}
