using System.Text.Json.Nodes;

namespace KnowledgeHub.Tests.Api;

/// <summary>GraphQL over HTTP: methods, media types and status codes; bad requests are 4xx with a code, never a 500.</summary>
public sealed class HttpProtocolTests(SharedServer server) : IClassFixture<SharedServer>
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private readonly HttpClient _client = server.Client;

    [Fact]
    public async Task Get_with_query_and_variables()
    {
        var url = "/graphql?query=" + Uri.EscapeDataString("query($c: String!) { municipality(code: $c) { name } }") +
                  "&variables=" + Uri.EscapeDataString("""{"c":"0101"}""");
        using var response = await _client.GetAsync(url);
        Assert.Equal(200, (int)response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("København", (string)body["data"]!["municipality"]!["name"]!);
    }

    [Fact]
    public async Task Get_mutation_is_405_with_allow_post()
    {
        using var response = await _client.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { __typename }"));
        Assert.Equal(405, (int)response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData(GraphQLResponse, 400)]
    [InlineData("application/json", 200)]
    public async Task Syntax_error_status_depends_on_the_accepted_media_type(string accept, int status)
    {
        var (actual, body) = await _client.PostGraphQLAsync("{ programs { ", accept: accept);
        Assert.Equal(status, actual);
        Assert.Equal("SYNTAX_ERROR", JsonNode.Parse(body)!.Code());
    }

    [Fact]
    public async Task Response_content_type_follows_accept()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent("""{"query":"{ __typename }"}""") };
        request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json, application/json;q=0.9");
        using var response = await _client.SendAsync(request);
        Assert.Equal(GraphQLResponse, response.Content.Headers.ContentType!.MediaType);

        using var legacy = await _client.PostAsync("/graphql", JsonContent("""{"query":"{ __typename }"}"""));
        Assert.Equal("application/json", legacy.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Unknown_field_is_a_validation_error()
    {
        var (status, body) = await _client.PostGraphQLAsync("{ programs { nodes { noSuchField } } }");
        Assert.Equal(400, status);
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", JsonNode.Parse(body)!.Code());
    }

    [Fact]
    public async Task Wrong_variable_type_is_a_coded_error()
    {
        var (status, body) = await _client.PostGraphQLAsync("query($n: Int) { municipalities(first: $n) { totalCount } }", new { n = "ten" });
        Assert.Equal(400, status);
        Assert.Equal("INVALID_VALUE", JsonNode.Parse(body)!.Code());
    }

    [Theory]
    [InlineData("{\"query\": ", "INVALID_JSON")]
    [InlineData("not json", "INVALID_JSON")]
    [InlineData("{}", "MISSING_QUERY")]
    [InlineData("{\"query\": 42}", "INVALID_REQUEST")]
    [InlineData("{\"query\": \"{ __typename }\", \"variables\": [1]}", "INVALID_REQUEST")]
    [InlineData("{\"query\": \"{ __typename }\", \"variables\": \"x\"}", "INVALID_REQUEST")]
    [InlineData("[{\"query\": \"{ __typename }\"}]", "INVALID_REQUEST")]
    public async Task Malformed_bodies_are_400_with_a_code(string body, string code)
    {
        var (status, text) = await _client.PostRawAsync(body, "application/json", GraphQLResponse);
        Assert.Equal(400, status);
        Assert.Equal(code, JsonNode.Parse(text)!.Code());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=latin1")]
    public async Task Other_content_types_are_415(string contentType)
    {
        var (status, text) = await _client.PostRawAsync("""{"query":"{ __typename }"}""", contentType, GraphQLResponse);
        Assert.Equal(415, status);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", JsonNode.Parse(text)!.Code());
    }

    [Fact]
    public async Task Unacceptable_accept_is_406()
    {
        var (status, text) = await _client.PostRawAsync("""{"query":"{ __typename }"}""", "application/json", "image/png");
        Assert.Equal(406, status);
        Assert.Equal("NOT_ACCEPTABLE", JsonNode.Parse(text)!.Code());
    }

    [Fact]
    public async Task Other_methods_are_405()
    {
        using var response = await _client.PutAsync("/graphql", JsonContent("""{"query":"{ __typename }"}"""));
        Assert.Equal(405, (int)response.StatusCode);
    }

    [Fact]
    public async Task Health_is_200_once_ready()
    {
        using var response = await _client.GetAsync("/healthz");
        Assert.Equal(200, (int)response.StatusCode);
    }

    private static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
