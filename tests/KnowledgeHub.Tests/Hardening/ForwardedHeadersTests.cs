namespace KnowledgeHub.Tests.Hardening;

/// <summary>Behind a proxy the rate limiter must see the client, not the proxy; without the setting X-Forwarded-For is ignored.</summary>
public sealed class ForwardedHeadersTests
{
    private static readonly Dictionary<string, string?> OnePerAddress = new()
    {
        ["KnowledgeHub:RateLimiting:PerAddress:PermitLimit"] = "1",
        ["KnowledgeHub:RateLimiting:PerAddress:PermitsPerPeriod"] = "1",
        ["KnowledgeHub:RateLimiting:PerAddress:Period"] = "01:00:00",
    };

    [Fact]
    public async Task Clients_behind_a_trusted_proxy_are_limited_one_by_one()
    {
        using var factory = new KnowledgeHubFactory { Settings = new(OnePerAddress) { ["KnowledgeHub:ForwardedHeaders:Enabled"] = "true" } };
        var client = factory.CreateClient();
        Assert.Equal(200, (await Send(client, "203.0.113.1")).Status);
        Assert.Equal(200, (await Send(client, "203.0.113.2")).Status);
        Assert.Equal(429, (await Send(client, "203.0.113.1")).Status);
    }

    [Fact]
    public async Task Without_the_setting_the_header_is_not_believed()
    {
        using var factory = new KnowledgeHubFactory { Settings = new(OnePerAddress) };
        var client = factory.CreateClient();
        Assert.Equal(200, (await Send(client, "203.0.113.1")).Status);
        Assert.Equal(429, (await Send(client, "203.0.113.2")).Status);
    }

    private static Task<GraphQLRequests.Answer> Send(HttpClient client, string forwardedFor) =>
        client.PostJsonAsync(new { query = "{ __typename }" }, new Dictionary<string, string> { ["X-Forwarded-For"] = forwardedFor });
}
