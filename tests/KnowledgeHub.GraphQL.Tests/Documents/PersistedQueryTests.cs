using KnowledgeHub.GraphQL.Documents;
using KnowledgeHub.GraphQL.Tests.Hosting;

namespace KnowledgeHub.GraphQL.Tests.Documents;

/// <summary>Apollo's automatic persisted queries: the exact code and message clients compare.</summary>
public sealed class PersistedQueryTests : IAsyncLifetime
{
    private const string Query = "{ items(first: 1) { nodes { name } } }";
    private TestApplication _app = null!;

    public async Task InitializeAsync() => _app = await TestApplication.StartAsync(TestRequests.Items);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task An_unknown_hash_is_PersistedQueryNotFound_then_registered_with_its_text()
    {
        var extensions = new { persistedQuery = new { version = 1, sha256Hash = DocumentHash.Of(Query) } };

        var (_, missing) = await _app.Client.PostAsync(new { extensions });
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", TestRequests.Code(missing));
        Assert.Equal("PersistedQueryNotFound", missing.GetProperty("errors")[0].GetProperty("message").GetString());

        await _app.Client.PostAsync(new { query = Query, extensions });
        var (_, found) = await _app.Client.PostAsync(new { extensions });
        Assert.Equal(["Alfa"], TestRequests.Names(found));
    }

    [Fact]
    public async Task A_hash_that_is_not_the_query_s_is_refused()
    {
        var extensions = new { persistedQuery = new { version = 1, sha256Hash = new string('0', 64) } };
        var (_, body) = await _app.Client.PostAsync(new { query = Query, extensions });
        Assert.Equal("PERSISTED_QUERY_HASH_MISMATCH", TestRequests.Code(body));
    }
}
