using System.Text.Json;
using System.Text.Json.Nodes;

namespace KnowledgeHub.Tests.Web;

/// <summary>
/// The page's operations, extracted by the build into web/dist/persisted-documents.json, are the
/// server's trusted documents: each runs by its id, also in trusted-documents mode.
/// </summary>
public sealed class PageDocumentsTests(SharedServer server) : IClassFixture<SharedServer>
{
    // Extra variables are ignored by operations that do not declare them.
    private const string Variables = """{"query":"familie","prefix":"fam","slug":"pmto","code":"0461"}""";

    public static IReadOnlyDictionary<string, string> Manifest() =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "web", "dist", "persisted-documents.json")))!;

    [Fact]
    public void The_manifest_holds_every_operation_of_the_page()
    {
        var operations = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "web", "src", "graphql"), "*.graphql").Select(File.ReadAllText).ToHashSet();
        Assert.Equal(operations, Manifest().Values.ToHashSet());
    }

    [Fact]
    public async Task Each_page_operation_runs_by_its_id_over_GET()
    {
        foreach (var (hash, _) in Manifest())
        {
            var answer = await Get(server.Client, hash);
            Assert.True(answer.Status == 200 && answer.Json["errors"] is null, $"{hash}: {answer}");
        }
    }

    [Fact]
    public async Task In_trusted_documents_mode_the_page_runs_and_other_documents_do_not()
    {
        using var factory = new KnowledgeHubFactory { Settings = { ["KnowledgeHub:PersistedDocuments:OnlyTrustedDocuments"] = "true" } };
        var client = factory.CreateClient();
        foreach (var (hash, _) in Manifest())
        {
            var answer = await Get(client, hash);
            Assert.True(answer.Status == 200 && answer.Json["errors"] is null, $"{hash}: {answer}");
        }

        var other = await client.PostJsonAsync(new { query = "{ __typename }" });
        Assert.Equal("TRUSTED_DOCUMENTS_ONLY", other.Code());
    }

    private static Task<GraphQLRequests.Answer> Get(HttpClient client, string hash) =>
        client.SendAsync(HttpMethod.Get, $"/graphql?documentId=sha256:{hash}&variables={Uri.EscapeDataString(Variables)}");
}
