namespace KnowledgeHub.Tests.Web;

/// <summary>Without built pages (or with them turned off) the server is the API alone, and says so in its log.</summary>
public sealed class WithoutAssetsTests : IDisposable
{
    private readonly string _empty = Directory.CreateTempSubdirectory("knowledgehub-no-web-").FullName;

    [Theory]
    [InlineData("KnowledgeHub:Web:AssetsDirectory", null)]
    [InlineData("KnowledgeHub:Web:Enabled", "false")]
    public async Task The_API_runs_without_the_pages(string key, string? value)
    {
        using var factory = new KnowledgeHubFactory { Settings = { [key] = value ?? _empty } };
        var client = factory.CreateClient();
        Assert.Equal(404, (await client.SendAsync(HttpMethod.Get, "/", accept: "text/html")).Status);
        var graphql = await client.SendAsync(HttpMethod.Get, "/graphql", accept: "text/html,*/*;q=0.8");
        Assert.Equal("MISSING_QUERY", graphql.Code());
        Assert.Equal("Query", (string)(await client.DataAsync("{ __typename }"))["__typename"]!);
    }

    public void Dispose() => Directory.Delete(_empty, recursive: true);
}
