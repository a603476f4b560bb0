using GraphQL;
using GraphQL.DataLoader;
using KnowledgeHub.GraphQL.Relay;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeHub.Tests.Hardening;

/// <summary>
/// Unexpected exceptions, in a resolver or in the endpoint itself, reach the client as
/// INTERNAL_SERVER_ERROR with a request id that the log line carries, and nothing else.
/// </summary>
public sealed class ErrorMaskingTests
{
    private const string Secret = "connection string Password=hunter2";

    [Fact]
    public async Task A_resolver_exception_is_masked_and_logged_with_the_request_id()
    {
        var logs = new LogCollector();
        using var factory = new KnowledgeHubFactory { TestServices = s => { logs.AddTo(s); s.AddSingleton<INodeResolver, ThrowingResolver>(); } };
        var result = await factory.CreateClient().QueryAsync("query($id: ID!) { node(id: $id) { id } }", new { id = Ids.Encode("Boom:1") });

        Assert.Equal("INTERNAL_SERVER_ERROR", result.Code());
        var error = result["errors"]![0]!;
        Assert.Equal("An unexpected error occurred.", (string)error["message"]!);
        AssertNothingLeaks(result.ToJsonString());
        var requestId = (string)error["extensions"]!["requestId"]!;
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains(requestId) && e.Exception?.Message == Secret);
    }

    [Fact]
    public async Task An_exception_in_the_endpoint_is_a_json_500_not_an_html_page()
    {
        var logs = new LogCollector();
        using var factory = new KnowledgeHubFactory { TestServices = s => { logs.AddTo(s); s.AddSingleton<IDocumentExecuter, ThrowingExecuter>(); } };
        var answer = await factory.CreateClient().PostJsonAsync(new { query = "{ __typename }" });

        Assert.Equal(500, answer.Status);
        Assert.StartsWith("application/graphql-response+json", answer.Headers["Content-Type"]);
        Assert.Equal("nosniff", answer.Headers["X-Content-Type-Options"]);
        Assert.Equal("INTERNAL_SERVER_ERROR", answer.Code());
        AssertNothingLeaks(answer.Body);
        var requestId = (string)answer.Json["errors"]![0]!["extensions"]!["requestId"]!;
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains(requestId));
    }

    [Fact]
    public async Task Development_shows_the_details()
    {
        using var factory = new KnowledgeHubFactory { Environment = "Development", TestServices = s => s.AddSingleton<INodeResolver, ThrowingResolver>() };
        var result = await factory.CreateClient().QueryAsync("query($id: ID!) { node(id: $id) { id } }", new { id = Ids.Encode("Boom:1") });
        Assert.Contains(Secret, (string)result["errors"]![0]!["extensions"]!["details"]!);
    }

    private static void AssertNothingLeaks(string body)
    {
        Assert.DoesNotContain("hunter2", body);
        Assert.DoesNotContain("InvalidOperation", body);
        Assert.DoesNotContain("Exception", body);
        Assert.DoesNotContain(" at ", body);
    }

    private sealed class ThrowingResolver : INodeResolver
    {
        public string TypeName => "Boom";

        public IDataLoaderResult<object?> Resolve(IResolveFieldContext context, string key) => throw new InvalidOperationException(Secret);
    }

    private sealed class ThrowingExecuter : IDocumentExecuter
    {
        public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options) => throw new InvalidOperationException(Secret);
    }
}
