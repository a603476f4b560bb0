using KnowledgeHub.Api.Access;
using KnowledgeHub.Domain.Access;
using KnowledgeHub.Import.Access;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeHub.Tests.Hardening;

/// <summary>The rate limiter at low limits: per address, per API key, the address ceiling, and what it leaves alone.</summary>
public sealed class RateLimitTests : IDisposable
{
    private readonly KnowledgeHubFactory _factory = new()
    {
        Settings =
        {
            ["KnowledgeHub:RateLimiting:PerAddress:PermitLimit"] = "3",
            ["KnowledgeHub:RateLimiting:PerAddress:PermitsPerPeriod"] = "1",
            ["KnowledgeHub:RateLimiting:PerAddress:Period"] = "01:00:00",
            ["KnowledgeHub:RateLimiting:PerApiKey:PermitLimit"] = "2",
            ["KnowledgeHub:RateLimiting:PerApiKey:PermitsPerPeriod"] = "1",
            ["KnowledgeHub:RateLimiting:PerApiKey:Period"] = "01:00:00",
            ["KnowledgeHub:RateLimiting:AddressCeiling:PermitLimit"] = "3",
            ["KnowledgeHub:RateLimiting:AddressCeiling:PermitsPerPeriod"] = "1",
            ["KnowledgeHub:RateLimiting:AddressCeiling:Period"] = "01:00:00",
        },
    };

    [Fact]
    public async Task The_request_past_the_limit_gets_429_with_retry_after_and_a_coded_error()
    {
        var client = _factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(200, (await client.PostJsonAsync(new { query = "{ __typename }" })).Status);
        }

        var refused = await client.PostJsonAsync(new { query = "{ __typename }" });
        Assert.Equal(429, refused.Status);
        Assert.Equal("RATE_LIMITED", refused.Code());
        Assert.Contains("per client address", refused.Message());
        Assert.Contains("bursts up to 3", refused.Message());
        Assert.True(int.Parse(refused.Headers["Retry-After"]) >= 1);
    }

    [Fact]
    public async Task Each_api_key_has_its_own_bucket_under_the_address_ceiling()
    {
        var client = _factory.CreateClient();
        var keys = _factory.Services.GetRequiredService<ApiKeyService>();
        var keyA = new Dictionary<string, string> { ["Authorization"] = "Bearer " + (await keys.CreateAsync("a", ApiKeyRole.Editor, null, CancellationToken.None)).Text };
        var keyB = new Dictionary<string, string> { ["Authorization"] = "Bearer " + (await keys.CreateAsync("b", ApiKeyRole.Editor, null, CancellationToken.None)).Text };

        Assert.Equal(200, (await client.PostJsonAsync(new { query = "{ __typename }" }, keyA)).Status);
        Assert.Equal(200, (await client.PostJsonAsync(new { query = "{ __typename }" }, keyA)).Status);
        var pastKey = await client.PostJsonAsync(new { query = "{ __typename }" }, keyA);
        Assert.Equal(429, pastKey.Status);
        Assert.Contains("per API key", pastKey.Message());

        // Key B has its own bucket, but more keys cannot lift one address past the ceiling (3).
        Assert.Equal(200, (await client.PostJsonAsync(new { query = "{ __typename }" }, keyB)).Status);
        Assert.Equal(429, (await client.PostJsonAsync(new { query = "{ __typename }" }, keyB)).Status);
    }

    [Fact]
    public async Task Health_endpoints_are_never_limited()
    {
        var client = _factory.CreateClient();
        for (var i = 0; i < 10; i++)
        {
            using var response = await client.GetAsync("/healthz");
            Assert.Equal(200, (int)response.StatusCode);
        }
    }

    [Fact]
    public async Task Limiting_can_be_turned_off()
    {
        using var factory = new KnowledgeHubFactory { Settings = { ["KnowledgeHub:RateLimiting:Enabled"] = "false", ["KnowledgeHub:RateLimiting:PerAddress:PermitLimit"] = "1" } };
        var client = factory.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(200, (await client.PostJsonAsync(new { query = "{ __typename }" })).Status);
        }
    }

    public void Dispose() => _factory.Dispose();
}
