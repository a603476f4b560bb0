namespace KnowledgeHub.Tests.Hardening;

/// <summary>Security headers on every answer, and CORS open for reads by default, closed to unknown origins when configured.</summary>
public sealed class SecurityTests(SharedServer server) : IClassFixture<SharedServer>
{
    [Theory]
    [InlineData("/graphql?query=%7B__typename%7D")]
    [InlineData("/graphql?query=%7B")]
    [InlineData("/healthz")]
    public async Task Every_answer_carries_the_security_headers(string url)
    {
        var answer = await server.Client.SendAsync(HttpMethod.Get, url);
        Assert.Equal("nosniff", answer.Headers["X-Content-Type-Options"]);
        Assert.Equal("no-referrer", answer.Headers["Referrer-Policy"]);
        Assert.Equal("DENY", answer.Headers["X-Frame-Options"]);
        Assert.Contains("default-src 'none'", answer.Headers["Content-Security-Policy"]);
    }

    [Fact]
    public async Task Any_origin_may_read_by_default()
    {
        var answer = await Preflight(server.Client, "https://www.odense.dk");
        Assert.Equal(204, answer.Status);
        Assert.Equal("*", answer.Headers["Access-Control-Allow-Origin"]);
        Assert.Contains("GraphQL-Cost", answer.Headers["Access-Control-Allow-Headers"], StringComparison.OrdinalIgnoreCase);

        var post = await server.Client.PostJsonAsync(new { query = "{ __typename }" }, new Dictionary<string, string> { ["Origin"] = "https://example.org" });
        Assert.Equal("*", post.Headers["Access-Control-Allow-Origin"]);
    }

    [Theory]
    [InlineData("content-type, accept, authorization")]
    [InlineData("apollographql-client-name, apollographql-client-version")]
    [InlineData("x-apollo-operation-name, apollo-require-preflight")]
    [InlineData("traceparent, tracestate, baggage")]
    public async Task The_headers_graphql_clients_send_pass_the_preflight(string headers)
    {
        var answer = await Preflight(server.Client, "https://www.odense.dk", headers);
        Assert.Equal(204, answer.Status);
        var allowed = answer.Headers["Access-Control-Allow-Headers"].Split(',', StringSplitOptions.TrimEntries);
        Assert.All(headers.Split(',', StringSplitOptions.TrimEntries), h => Assert.Contains(h, allowed, StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Configured_origins_exclude_the_others()
    {
        using var factory = new KnowledgeHubFactory { Settings = { ["KnowledgeHub:Cors:AllowedOrigins:0"] = "https://www.odense.dk" } };
        var client = factory.CreateClient();
        var allowed = await Preflight(client, "https://www.odense.dk");
        Assert.Equal("https://www.odense.dk", allowed.Headers["Access-Control-Allow-Origin"]);

        var other = await Preflight(client, "https://scraper.example");
        Assert.False(other.Headers.ContainsKey("Access-Control-Allow-Origin"));
    }

    private static Task<GraphQLRequests.Answer> Preflight(HttpClient client, string origin, string headers = "content-type, graphql-cost") =>
        client.SendAsync(HttpMethod.Options, "/graphql", accept: null, headers: new Dictionary<string, string>
        {
            ["Origin"] = origin,
            ["Access-Control-Request-Method"] = "POST",
            ["Access-Control-Request-Headers"] = headers,
        });
}
