using GraphQL;
using GraphQL.DataLoader;
using KnowledgeHub.GraphQL.Relay;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeHub.Tests.Hardening;

/// <summary>The execution timeout, against a resolver that would take a minute unless cancelled.</summary>
public sealed class TimeoutTests
{
    [Fact]
    public async Task A_request_past_the_timeout_is_stopped_with_its_code()
    {
        using var factory = new KnowledgeHubFactory
        {
            Settings = { ["KnowledgeHub:Limits:ExecutionTimeout"] = "00:00:00.2" },
            TestServices = s => s.AddSingleton<INodeResolver, StuckResolver>(),
        };
        var client = factory.CreateClient();
        var query = new { query = "query($id: ID!) { node(id: $id) { id } }", variables = new { id = Ids.Encode("Stuck:1") } };

        var answer = await client.PostJsonAsync(query);
        Assert.Equal(504, answer.Status);
        Assert.Equal("EXECUTION_TIMEOUT", answer.Code());
        Assert.Contains("200 ms execution limit", answer.Message());

        var legacy = await client.PostJsonAsync(query, accept: "application/json");
        Assert.Equal(200, legacy.Status);
        Assert.Equal("EXECUTION_TIMEOUT", legacy.Code());
    }

    [Fact]
    public void The_default_is_ten_seconds() =>
        Assert.Equal(TimeSpan.FromSeconds(10), new KnowledgeHub.GraphQL.Limits.LimitsOptions().ExecutionTimeout);

    private sealed class StuckResolver : INodeResolver
    {
        public string TypeName => "Stuck";

        public IDataLoaderResult<object?> Resolve(IResolveFieldContext context, string key) => new Stuck();

        private sealed class Stuck : IDataLoaderResult<object?>
        {
            public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default)
            {
                await Task.Delay(TimeSpan.FromMinutes(1), cancellationToken);
                return null;
            }
        }
    }
}
