using System.Text.Json;

namespace KnowledgeHub.Tests.Hardening;

/// <summary>Trusted-documents mode: only the allow-list runs, however a client names the document.</summary>
public sealed class TrustedDocumentTests : IDisposable
{
    private const string Allowed = "query Regions { regions { name } }";
    private readonly TrustedDocumentsFolder _folder = new();
    private readonly KnowledgeHubFactory _factory;
    private readonly string _hash;

    public TrustedDocumentTests()
    {
        _hash = _folder.Add(Allowed);
        _factory = new KnowledgeHubFactory
        {
            Settings =
            {
                ["KnowledgeHub:PersistedDocuments:TrustedDocumentsPath"] = _folder.Path,
                ["KnowledgeHub:PersistedDocuments:OnlyTrustedDocuments"] = "true",
            },
        };
    }

    [Fact]
    public async Task A_trusted_document_runs_by_id_over_post_and_get()
    {
        var client = _factory.CreateClient();
        var post = await client.PostJsonAsync(new { documentId = "sha256:" + _hash });
        Assert.Equal(5, post.Json["data"]!["regions"]!.AsArray().Count);

        var get = await client.SendAsync(HttpMethod.Get, "/graphql?documentId=sha256:" + _hash);
        Assert.Equal(200, get.Status);
        Assert.Equal(5, get.Json["data"]!["regions"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_trusted_document_may_be_sent_in_full_or_by_apq_hash()
    {
        var client = _factory.CreateClient();
        Assert.Equal(200, (await client.PostJsonAsync(new { query = Allowed })).Status);
        var byHash = await client.PostJsonAsync(new { extensions = new { persistedQuery = new { version = 1, sha256Hash = _hash } } });
        Assert.Equal(200, byHash.Status);
    }

    [Fact]
    public async Task Any_other_document_is_refused()
    {
        var client = _factory.CreateClient();
        var answer = await client.PostJsonAsync(new { query = "{ regions { name code } }" });
        Assert.Equal(400, answer.Status);
        Assert.Equal("TRUSTED_DOCUMENTS_ONLY", answer.Code());

        var registered = await client.PostJsonAsync(new { query = "{ __typename }", extensions = new { persistedQuery = new { version = 1, sha256Hash = TrustedDocumentsFolder.Hash("{ __typename }") } } });
        Assert.Equal("TRUSTED_DOCUMENTS_ONLY", registered.Code());
    }

    [Theory]
    [InlineData("sha256:0000000000000000000000000000000000000000000000000000000000000000", "PERSISTED_DOCUMENT_NOT_FOUND")]
    [InlineData("md5:d41d8cd98f00b204e9800998ecf8427e", "INVALID_DOCUMENT_ID")]
    [InlineData("sha256:ABC", "INVALID_DOCUMENT_ID")]
    public async Task Unknown_or_malformed_ids_are_refused(string documentId, string code)
    {
        var answer = await _factory.CreateClient().PostJsonAsync(new { documentId });
        Assert.Equal(code, answer.Code());
    }

    [Fact]
    public async Task An_apollo_manifest_works_too()
    {
        var manifest = Path.Combine(_folder.Path, "manifest.json");
        File.WriteAllText(manifest, JsonSerializer.Serialize(new
        {
            format = "apollo-persisted-query-manifest",
            version = 1,
            operations = new[] { new { id = _hash, name = "Regions", type = "query", body = Allowed } },
        }));
        using var factory = new KnowledgeHubFactory
        {
            Settings =
            {
                ["KnowledgeHub:PersistedDocuments:TrustedDocumentsPath"] = manifest,
                ["KnowledgeHub:PersistedDocuments:OnlyTrustedDocuments"] = "true",
            },
        };
        var answer = await factory.CreateClient().PostJsonAsync(new { documentId = "sha256:" + _hash });
        Assert.Equal(200, answer.Status);
    }

    [Fact]
    public void A_file_not_named_by_its_hash_stops_the_start()
    {
        _folder.Add("{ __typename }", name: new string('a', 64));
        using var factory = new KnowledgeHubFactory
        {
            Settings = { ["KnowledgeHub:PersistedDocuments:TrustedDocumentsPath"] = _folder.Path },
        };
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("must be the hash of the text", error.ToString());
    }

    public void Dispose()
    {
        _factory.Dispose();
        _folder.Dispose();
    }
}
