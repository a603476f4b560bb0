using System.Net;

namespace KnowledgeHub.Tests.Web;

/// <summary>
/// The pages and their files over HTTP: the right page at each path, the caching that a new build
/// needs, the pages' own CSP, and /graphql unchanged for every request that is not a browser's visit.
/// </summary>
public sealed class WebServingTests(SharedServer server) : IClassFixture<SharedServer>
{
    private const string Browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    [Theory]
    [InlineData("/")]
    [InlineData("/?q=for%C3%A6ldre&type=FAMILY_PROGRAM")]
    [InlineData("/opslag/pmto")]
    [InlineData("/kommune/0461")]
    [InlineData("/kommuner")]
    public async Task The_page_answers_at_its_own_paths(string url)
    {
        var answer = await server.Client.SendAsync(HttpMethod.Get, url, accept: Browser);
        Assert.Equal(200, answer.Status);
        Assert.StartsWith("text/html", answer.Headers["Content-Type"]);
        Assert.Contains("<html lang=\"da\">", answer.Body);
        Assert.Equal("no-cache", answer.Headers["Cache-Control"]);
        var csp = answer.Headers["Content-Security-Policy"];
        Assert.Contains("default-src 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("connect-src 'self'", csp);
        Assert.Contains("require-trusted-types-for 'script'", csp);
        Assert.DoesNotContain("unsafe", csp);
        Assert.DoesNotContain("data:", csp);
        Assert.Equal("DENY", answer.Headers["X-Frame-Options"]);
    }

    [Theory]
    [InlineData("/nope")]
    [InlineData("/opslag")]
    [InlineData("/kommune/0461/mere")]
    [InlineData("/assets/nope.js")]
    [InlineData("/persisted-documents.json")]
    [InlineData("/index.html")]
    public async Task Other_paths_are_not_found(string url)
    {
        var answer = await server.Client.SendAsync(HttpMethod.Get, url, accept: Browser);
        Assert.Equal(404, answer.Status);
    }

    [Fact]
    public async Task Hashed_assets_are_cached_for_good_and_pages_are_revalidated()
    {
        var page = await server.Client.SendAsync(HttpMethod.Get, "/", accept: Browser);
        var script = System.Text.RegularExpressions.Regex.Match(page.Body, "src=\"(/assets/index-[^\"]+\\.js)\"").Groups[1].Value;
        Assert.NotEmpty(script);
        var asset = await server.Client.SendAsync(HttpMethod.Get, script, accept: "*/*");
        Assert.Equal(200, asset.Status);
        Assert.Equal("public, max-age=31536000, immutable", asset.Headers["Cache-Control"]);
        Assert.StartsWith("text/javascript", asset.Headers["Content-Type"]);

        var again = await server.Client.SendAsync(HttpMethod.Get, "/", accept: Browser, headers: new Dictionary<string, string> { ["If-None-Match"] = page.Headers["ETag"] });
        Assert.Equal((int)HttpStatusCode.NotModified, again.Status);
    }

    [Fact]
    public async Task A_browser_visiting_graphql_gets_GraphiQL()
    {
        var answer = await server.Client.SendAsync(HttpMethod.Get, "/graphql", accept: Browser);
        Assert.Equal(200, answer.Status);
        Assert.StartsWith("text/html", answer.Headers["Content-Type"]);
        Assert.Contains("<title>GraphiQL", answer.Body);
        Assert.Contains("Accept", answer.Headers["Vary"]);
        var csp = answer.Headers["Content-Security-Policy"];
        Assert.Contains("font-src 'self'", csp);
        Assert.DoesNotContain("unsafe", csp);
    }

    [Theory]
    // Not a browser's visit: the GraphQL endpoint answers as it always has.
    [InlineData("/graphql", "application/json", 400, "MISSING_QUERY")]
    [InlineData("/graphql", "*/*", 400, "MISSING_QUERY")]
    [InlineData("/graphql", "application/graphql-response+json", 400, "MISSING_QUERY")]
    [InlineData("/graphql", "application/json, text/html", 400, "MISSING_QUERY")]
    [InlineData("/graphql?query=%7B", Browser, 200, "SYNTAX_ERROR")]
    [InlineData("/graphql?query=%7B", "text/html", 406, "NOT_ACCEPTABLE")]
    [InlineData("/graphql?documentId=abc", Browser, 200, "INVALID_DOCUMENT_ID")]
    [InlineData("/graphql?operationName=Search", Browser, 400, "MISSING_QUERY")]
    public async Task GraphQL_requests_are_answered_as_before(string url, string accept, int status, string code)
    {
        var answer = await server.Client.SendAsync(HttpMethod.Get, url, accept: accept);
        Assert.Equal(status, answer.Status);
        Assert.StartsWith("application/", answer.Headers["Content-Type"]);
        Assert.Equal(code, answer.Code());
    }

    [Fact]
    public async Task A_query_over_GET_from_a_browser_still_runs()
    {
        var answer = await server.Client.SendAsync(HttpMethod.Get, "/graphql?query=%7B__typename%7D", accept: Browser);
        Assert.Equal(200, answer.Status);
        Assert.Equal("Query", (string)answer.Json["data"]!["__typename"]!);
    }

    [Fact]
    public async Task A_POST_that_accepts_only_html_is_still_refused()
    {
        var answer = await server.Client.SendAsync(HttpMethod.Post, "/graphql", "{\"query\":\"{ __typename }\"}", accept: "text/html");
        Assert.Equal(406, answer.Status);
        Assert.Equal("NOT_ACCEPTABLE", answer.Code());
    }
}
