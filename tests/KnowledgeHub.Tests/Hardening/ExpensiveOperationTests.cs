namespace KnowledgeHub.Tests.Hardening;

/// <summary>
/// One client cannot occupy the server with expensive operations: past its one slot they are
/// refused at once with TOO_MANY_EXPENSIVE_REQUESTS, 429 and Retry-After, while cheap requests
/// from the same client go on.
/// </summary>
public sealed class ExpensiveOperationTests
{
    // The largest related page still under MaxComplexity (search(first: 50) with related(first: 50) is refused outright).
    private const string Heavy = "query($q: String!) { search(query: $q, first: 3) { nodes { record { slug related(first: 50) { slug title } } } } }";

    [Fact]
    public async Task Concurrent_expensive_operations_of_one_client_are_refused_with_retry_after()
    {
        await using var server = new KnowledgeHubFactory
        {
            Settings =
            {
                ["KnowledgeHub:RateLimiting:Enabled"] = "false",
                ["KnowledgeHub:HttpCaching:ResponseCacheMegabytes"] = "0",
                ["KnowledgeHub:Search:ResultCacheSize"] = "0",
            },
        };
        var client = server.CreateClient();
        var words = new[] { "barn", "familie", "skole", "trivsel", "sundhed", "kommune", "sprog", "unge" };

        var answers = await Task.WhenAll(words.Select(w => client.PostJsonAsync(new { query = Heavy, variables = new { q = w } })));
        var cheap = await client.PostJsonAsync(new { query = "{ regions { name } }" });

        var refused = answers.Where(a => a.Status == 429).ToList();
        Assert.NotEmpty(refused);
        Assert.All(refused, a => Assert.Equal(("TOO_MANY_EXPENSIVE_REQUESTS", "1"), (a.Code(), a.Headers["Retry-After"])));
        Assert.All(answers.Where(a => a.Status != 429), a => Assert.Equal(200, a.Status));
        Assert.Equal(200, cheap.Status);

        // Once the slot is free again, the same operation runs.
        Assert.Equal(200, (await client.PostJsonAsync(new { query = Heavy, variables = new { q = "barn" } })).Status);
    }
}
