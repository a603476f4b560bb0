using System.Text.Json.Nodes;

namespace KnowledgeHub.Tests.Hardening;

/// <summary>Liveness answers while the process runs; readiness only while the database answers.</summary>
public sealed class HealthTests
{
    [Fact]
    public async Task Both_are_200_on_a_healthy_server()
    {
        using var factory = new KnowledgeHubFactory();
        var client = factory.CreateClient();
        using var live = await client.GetAsync("/healthz");
        Assert.Equal(200, (int)live.StatusCode);

        using var ready = await client.GetAsync("/readyz");
        Assert.Equal(200, (int)ready.StatusCode);
        var body = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;
        Assert.Equal("Healthy", (string)body["checks"]!["database"]!);
    }

    [Fact]
    public async Task A_broken_database_makes_the_server_unready_but_still_alive()
    {
        var database = new SwitchableDatabase();
        using var factory = new KnowledgeHubFactory { TestServices = database.AddTo };
        var client = factory.CreateClient();
        database.Down = true;

        using var ready = await client.GetAsync("/readyz");
        Assert.Equal(503, (int)ready.StatusCode);
        var text = await ready.Content.ReadAsStringAsync();
        Assert.Equal("Unhealthy", (string)JsonNode.Parse(text)!["checks"]!["database"]!);
        Assert.DoesNotContain("does not answer", text);

        using var live = await client.GetAsync("/healthz");
        Assert.Equal(200, (int)live.StatusCode);

        // The GraphQL endpoint says the same, in its documented shape (docs/errors.md).
        foreach (var accept in new[] { "application/graphql-response+json", "application/json" })
        {
            var (status, body) = await client.PostGraphQLAsync("{ municipalities { totalCount } }", accept: accept);
            Assert.Equal(503, status);
            var result = JsonNode.Parse(body)!;
            Assert.Equal("SERVICE_UNAVAILABLE", result.Code());
            Assert.False(string.IsNullOrEmpty((string?)result["errors"]![0]!["extensions"]!["requestId"]));
            Assert.Null(result["data"]);
        }

        database.Down = false;
        using var again = await client.GetAsync("/readyz");
        Assert.Equal(200, (int)again.StatusCode);
    }
}
