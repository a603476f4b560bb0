namespace KnowledgeHub.Tests.Hardening;

/// <summary>Automatic persisted queries (Apollo's protocol), on the shared server with default settings.</summary>
public sealed class PersistedDocumentTests(SharedServer server) : IClassFixture<SharedServer>
{
    private readonly HttpClient _client = server.Client;

    [Fact]
    public async Task An_unknown_hash_asks_for_registration_then_the_hash_alone_works()
    {
        var query = $"{{ municipality(code: \"0101\") {{ name }} }} # {Guid.NewGuid()}";
        var extensions = Apq(TrustedDocumentsFolder.Hash(query));

        var first = await _client.PostJsonAsync(new { extensions });
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", first.Code());
        // urql's persistedExchange and Apollo Kotlin compare the message, not the code.
        Assert.Equal("PersistedQueryNotFound", (string?)first.Json["errors"]![0]!["message"]);

        var register = await _client.PostJsonAsync(new { query, extensions });
        Assert.Equal("København", (string)register.Json["data"]!["municipality"]!["name"]!);

        var byHash = await _client.PostJsonAsync(new { extensions });
        Assert.Equal(200, byHash.Status);
        Assert.Equal("København", (string)byHash.Json["data"]!["municipality"]!["name"]!);
    }

    [Fact]
    public async Task A_registered_hash_works_over_get()
    {
        var query = $"{{ regions {{ name }} }} # {Guid.NewGuid()}";
        var extensions = Apq(TrustedDocumentsFolder.Hash(query));
        Assert.Equal(200, (await _client.PostJsonAsync(new { query, extensions })).Status);

        var url = "/graphql?extensions=" + Uri.EscapeDataString(System.Text.Json.JsonSerializer.Serialize(extensions));
        var answer = await _client.SendAsync(HttpMethod.Get, url);
        Assert.Equal(200, answer.Status);
        Assert.Equal(5, answer.Json["data"]!["regions"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_hash_that_does_not_match_the_query_is_refused()
    {
        var answer = await _client.PostJsonAsync(new { query = "{ __typename }", extensions = Apq(new string('a', 64)) });
        Assert.Equal(400, answer.Status);
        Assert.Equal("PERSISTED_QUERY_HASH_MISMATCH", answer.Code());
    }

    [Theory]
    [InlineData("""{"persistedQuery": {"version": 2, "sha256Hash": "0000000000000000000000000000000000000000000000000000000000000000"}}""")]
    [InlineData("""{"persistedQuery": {"version": 1, "sha256Hash": "xyz"}}""")]
    [InlineData("""{"persistedQuery": {"version": 1}}""")]
    [InlineData("""{"persistedQuery": "abc"}""")]
    public async Task A_malformed_persisted_query_extension_is_refused(string extensions)
    {
        var answer = await _client.SendAsync(HttpMethod.Post, "/graphql", $$"""{"extensions": {{extensions}}}""");
        Assert.Equal(400, answer.Status);
        Assert.Equal("INVALID_PERSISTED_QUERY", answer.Code());
    }

    [Fact]
    public async Task A_document_id_without_trusted_documents_is_not_found()
    {
        var answer = await _client.PostJsonAsync(new { documentId = "sha256:" + new string('0', 64) });
        Assert.Equal("PERSISTED_DOCUMENT_NOT_FOUND", answer.Code());
    }

    [Fact]
    public async Task Apq_can_be_turned_off()
    {
        using var factory = new KnowledgeHubFactory { Settings = { ["KnowledgeHub:PersistedDocuments:AutomaticPersistedQueries"] = "false" } };
        var answer = await factory.CreateClient().PostJsonAsync(new { query = "{ __typename }", extensions = Apq(TrustedDocumentsFolder.Hash("{ __typename }")) });
        Assert.Equal("PERSISTED_QUERY_NOT_SUPPORTED", answer.Code());
        Assert.Equal("PersistedQueryNotSupported", (string?)answer.Json["errors"]![0]!["message"]);
    }

    private static object Apq(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };
}
