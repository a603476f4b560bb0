namespace KnowledgeHub.Tests.Hardening;

/// <summary>The execution timeout, set so short that any query touching the database passes it.</summary>
public sealed class TimeoutTests
{
    [Fact]
    public async Task A_request_past_the_timeout_is_stopped_with_its_code()
    {
        using var factory = new KnowledgeHubFactory { Settings = { ["KnowledgeHub:Limits:ExecutionTimeout"] = "00:00:00.0000001" } };
        var client = factory.CreateClient();
        var answer = await client.PostJsonAsync(new { query = "{ municipalities(first: 50) { totalCount nodes { name records(first: 20) { nodes { title } } } } }" });

        Assert.Equal(504, answer.Status);
        Assert.Equal("EXECUTION_TIMEOUT", answer.Code());
        Assert.Contains("execution limit", answer.Message());

        var legacy = await client.PostJsonAsync(new { query = "{ municipalities(first: 50) { totalCount } }" }, accept: "application/json");
        Assert.Equal(200, legacy.Status);
        Assert.Equal("EXECUTION_TIMEOUT", legacy.Code());
    }

    [Fact]
    public void The_default_is_ten_seconds() =>
        Assert.Equal(TimeSpan.FromSeconds(10), new KnowledgeHub.Api.GraphQL.Limits.LimitsOptions().ExecutionTimeout);
}
