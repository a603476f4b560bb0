using System.Net;
using KnowledgeHub.GraphQL.Tests.Hosting;

namespace KnowledgeHub.GraphQL.Tests.Errors;

/// <summary>What the application's IOutageClassifier calls an outage is answered 503 with Retry-After, whatever else answered.</summary>
public sealed class OutageTests : IAsyncLifetime
{
    private TestApplication _app = null!;

    public async Task InitializeAsync() => _app = await TestApplication.StartAsync(TestRequests.Items);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task An_outage_in_a_field_is_503_SERVICE_UNAVAILABLE()
    {
        var (response, body) = await _app.Client.PostAsync(new { query = "{ outage items(first: 1) { nodes { name } } }" });
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal("SERVICE_UNAVAILABLE", TestRequests.Code(body));
        Assert.False(body.TryGetProperty("data", out _));
    }
}
