namespace KnowledgeHub.Tests.Hardening;

/// <summary>GraphQL-over-HTTP details beyond the foundation's protocol tests (the graphql-http audit checks the rest).</summary>
public sealed class HttpComplianceTests(SharedServer server) : IClassFixture<SharedServer>
{
    private readonly HttpClient _client = server.Client;

    [Fact]
    public async Task Accept_star_gets_legacy_json()
    {
        var answer = await _client.SendAsync(HttpMethod.Post, "/graphql", """{"query":"{ __typename }"}""", accept: "*/*");
        Assert.Equal(200, answer.Status);
        Assert.StartsWith("application/json", answer.Headers["Content-Type"]);
    }

    [Fact]
    public async Task Every_answer_is_utf8_json_with_a_length()
    {
        var answer = await _client.PostJsonAsync(new { query = "{ municipality(code: \"0101\") { name } }" });
        Assert.Equal("application/graphql-response+json; charset=utf-8", answer.Headers["Content-Type"]);
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(answer.Body).ToString(), answer.Headers["Content-Length"]);
    }

    [Fact]
    public async Task A_batch_is_refused_and_says_batching_is_not_offered()
    {
        var answer = await _client.SendAsync(HttpMethod.Post, "/graphql", """[{"query":"{ __typename }"},{"query":"{ __typename }"}]""");
        Assert.Equal(400, answer.Status);
        Assert.Contains("batched requests are not supported", answer.Message());
    }

    [Fact]
    public async Task A_request_error_keeps_its_status_with_legacy_json()
    {
        var answer = await _client.SendAsync(HttpMethod.Post, "/graphql", "{", accept: "application/json");
        Assert.Equal(400, answer.Status);
        Assert.Equal("INVALID_JSON", answer.Code());
    }

    [Fact]
    public async Task A_document_error_is_200_with_legacy_json()
    {
        var answer = await _client.SendAsync(HttpMethod.Post, "/graphql", """{"query":"{ nope }"}""", accept: "application/json");
        Assert.Equal(200, answer.Status);
        Assert.Null(answer.Json["data"]);
    }

    [Fact]
    public async Task A_subscription_over_post_is_a_validation_error_not_a_crash()
    {
        var answer = await _client.PostJsonAsync(new { query = "subscription { __typename }" });
        Assert.Equal(400, answer.Status);
        Assert.Equal("KNOWN_OPERATION_TYPES", answer.Code());
    }

    [Fact]
    public async Task A_utf8_byte_order_mark_before_the_json_is_accepted()
    {
        using var content = new ByteArrayContent([0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes("""{"query":"{ __typename }"}""")]);
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        using var response = await _client.PostAsync("/graphql", content);
        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public async Task Operation_name_selects_among_several()
    {
        var answer = await _client.PostJsonAsync(new { query = "query A { regions { name } } query B { __typename }", operationName = "B" });
        Assert.Equal("Query", (string)answer.Json["data"]!["__typename"]!);
    }
}
