using System.Text;

namespace KnowledgeHub.Tests.Hardening;

/// <summary>Each limit at its default: refused with its own code and a message that names the limit.</summary>
public sealed class LimitTests(SharedServer server) : IClassFixture<SharedServer>
{
    private readonly HttpClient _client = server.Client;

    [Fact]
    public async Task Body_over_one_megabyte_is_413()
    {
        var query = "{ __typename }" + new string(' ', 1_048_576);
        var answer = await _client.PostJsonAsync(new { query });
        Assert.Equal(413, answer.Status);
        Assert.Equal("REQUEST_TOO_LARGE", answer.Code());
        Assert.Contains("1048576 bytes", answer.Message());
    }

    [Fact]
    public async Task Document_longer_than_the_limit_is_refused()
    {
        var answer = await _client.PostJsonAsync(new { query = "{ __typename }\n#" + new string('x', 33_000) });
        Assert.Equal(400, answer.Status);
        Assert.Equal("DOCUMENT_TOO_LARGE", answer.Code());
        Assert.Contains("32768", answer.Message());
    }

    [Fact]
    public async Task Too_many_tokens_are_refused_before_parsing()
    {
        var answer = await _client.PostJsonAsync(new { query = "{" + string.Concat(Enumerable.Repeat(" a", 6_000)) + " }" });
        Assert.Equal("TOO_MANY_TOKENS", answer.Code());
        Assert.Contains("5000", answer.Message());
    }

    [Fact]
    public async Task Sixteen_levels_are_too_deep()
    {
        var answer = await _client.PostJsonAsync(new { query = Nested(16) });
        Assert.Equal(400, answer.Status);
        Assert.Equal("MAX_DEPTH_EXCEEDED", answer.Code());
        Assert.Contains("limit is 15", answer.Message());
    }

    [Fact]
    public async Task Depth_counts_through_fragments()
    {
        var query = "{ a { ...F } } fragment F on X { " + Nested(15)[1..];
        var answer = await _client.PostJsonAsync(new { query });
        Assert.Equal("MAX_DEPTH_EXCEEDED", answer.Code());
    }

    [Fact]
    public async Task Nesting_past_the_parser_limit_is_a_depth_error_not_a_crash()
    {
        var answer = await _client.PostJsonAsync(new { query = Nested(1_600) });
        Assert.Equal(400, answer.Status);
        Assert.Equal("MAX_DEPTH_EXCEEDED", answer.Code());
    }

    [Fact]
    public async Task Repeated_fields_are_counted()
    {
        var answer = await _client.PostJsonAsync(new { query = "{" + string.Concat(Enumerable.Repeat(" __typename", 1_501)) + " }" });
        Assert.Equal("TOO_MANY_FIELDS", answer.Code());
        Assert.Contains("1500", answer.Message());
    }

    [Fact]
    public async Task A_fragment_bomb_is_refused_without_expanding_it()
    {
        // Each fragment spreads the next twice: 2^40 fields once expanded.
        var query = new StringBuilder("{ ...F0 }");
        for (var i = 0; i < 40; i++)
        {
            query.Append($" fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}");
        }

        query.Append(" fragment F40 on Query { __typename }");
        var answer = await _client.PostJsonAsync(new { query = query.ToString() });
        Assert.Equal("TOO_MANY_FIELDS", answer.Code());
    }

    [Fact]
    public async Task An_alias_bomb_is_refused()
    {
        var aliases = string.Concat(Enumerable.Range(0, 41).Select(i => $" a{i}: municipalities {{ totalCount }}"));
        var answer = await _client.PostJsonAsync(new { query = "{" + aliases + " }" });
        Assert.Equal("TOO_MANY_ALIASES", answer.Code());
        Assert.Contains("limit is 40", answer.Message());
    }

    [Fact]
    public async Task Forty_aliases_are_allowed()
    {
        var aliases = string.Concat(Enumerable.Range(0, 40).Select(i => $" a{i}: __typename"));
        var data = await _client.DataAsync("{" + aliases + " }");
        Assert.Equal("Query", (string)data["a39"]!);
    }

    [Fact]
    public async Task Complexity_over_the_limit_is_refused_with_the_numbers()
    {
        var answer = await _client.PostJsonAsync(new { query = HeavyQuery });
        Assert.Equal(400, answer.Status);
        Assert.Equal("MAX_COMPLEXITY_EXCEEDED", answer.Code());
        Assert.Contains("the limit is 25000", answer.Message());
    }

    [Fact]
    public async Task Cost_is_reported_when_asked()
    {
        var headers = new Dictionary<string, string> { ["GraphQL-Cost"] = "report" };
        var answer = await _client.PostJsonAsync(new { query = "{ municipalities(first: 5) { nodes { name } } }" }, headers);
        var cost = answer.Json["extensions"]!["cost"]!;
        Assert.Equal(25000, (int)cost["maxComplexity"]!);
        Assert.Equal(3, (int)cost["depth"]!);
        Assert.True((double)cost["complexity"]! is > 5 and < 100, cost.ToJsonString());

        var refused = await _client.PostJsonAsync(new { query = HeavyQuery }, headers);
        Assert.True((double)refused.Json["extensions"]!["cost"]!["complexity"]! > 25000);
    }

    [Fact]
    public async Task Cost_is_not_reported_unasked()
    {
        var answer = await _client.PostJsonAsync(new { query = "{ municipalities(first: 5) { nodes { name } } }" });
        Assert.Null(answer.Json["extensions"]);
    }

    [Fact]
    public async Task The_full_introspection_query_is_allowed()
    {
        var data = await _client.DataAsync(HardeningPaths.IntrospectionQuery);
        Assert.Equal("Query", (string)data["__schema"]!["queryType"]!["name"]!);
    }

    [Fact]
    public async Task A_cached_document_is_still_measured_with_its_variables()
    {
        const string query = "query($n: Int) { municipalities(first: $n) { nodes { records(first: 50) { nodes { themes { name } } } } } }";
        Assert.Equal(200, (await _client.PostJsonAsync(new { query, variables = new { n = 1 } })).Status);
        var heavy = await _client.PostJsonAsync(new { query, variables = new { n = 50 } });
        Assert.Equal("MAX_COMPLEXITY_EXCEEDED", heavy.Code());
        Assert.Equal(200, (await _client.PostJsonAsync(new { query, variables = new { n = 1 } })).Status);
    }

    [Fact]
    public async Task Page_size_over_the_maximum_is_refused()
    {
        var result = await _client.RefusedAsync("{ municipalities(first: 51) { totalCount } }");
        Assert.Equal("PAGE_SIZE_TOO_LARGE", result.Code());
    }

    [Fact]
    public async Task Nodes_takes_at_most_fifty_ids()
    {
        var ids = Enumerable.Range(0, 51).Select(i => Ids.Encode($"Municipality:{i:0000}")).ToArray();
        var result = await _client.QueryAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });
        Assert.Equal("TOO_MANY_IDS", result.Code());
    }

    private const string HeavyQuery = "{ municipalities(first: 50) { nodes { records(first: 50) { nodes { themes { name } } } } } }";

    private static string Nested(int depth) => string.Concat(Enumerable.Repeat("{ a ", depth)) + "{ b }" + new string('}', depth);
}
