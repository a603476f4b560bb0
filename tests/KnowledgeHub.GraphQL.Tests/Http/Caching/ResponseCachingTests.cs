using System.Net;
using KnowledgeHub.GraphQL.Tests.Hosting;

namespace KnowledgeHub.GraphQL.Tests.Http.Caching;

/// <summary>ETags of GET queries follow the application's content version.</summary>
public sealed class ResponseCachingTests : IAsyncLifetime
{
    private const string Url = "/graphql?query=%7B%20items(first%3A%201)%20%7B%20nodes%20%7B%20name%20%7D%20%7D%20%7D";
    private TestApplication _app = null!;

    public async Task InitializeAsync() => _app = await TestApplication.StartAsync(TestRequests.Items);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_current_copy_gets_304_until_the_content_version_moves()
    {
        var first = await _app.Client.GetAsync(Url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var tag = first.Headers.ETag!;

        Assert.Equal(HttpStatusCode.NotModified, (await Get(tag)).StatusCode);

        _app.Version.Value = "2";
        var changed = await Get(tag);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(tag, changed.Headers.ETag);
    }

    [Fact]
    public async Task POST_never_carries_a_tag()
    {
        var (response, _) = await _app.Client.PostAsync(new { query = "{ items(first: 1) { nodes { name } } }" });
        Assert.Null(response.Headers.ETag);
        Assert.True(response.Headers.CacheControl!.NoStore);
    }

    private Task<HttpResponseMessage> Get(System.Net.Http.Headers.EntityTagHeaderValue tag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, Url);
        request.Headers.IfNoneMatch.Add(tag);
        return _app.Client.SendAsync(request);
    }
}
