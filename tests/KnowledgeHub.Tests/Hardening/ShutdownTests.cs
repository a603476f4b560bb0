using GraphQL;
using GraphQL.DataLoader;
using KnowledgeHub.GraphQL.Relay;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeHub.Tests.Hardening;

/// <summary>On a real Kestrel server: stopping waits for a request in flight, which gets its full answer.</summary>
public sealed class ShutdownTests
{
    [Fact]
    public async Task A_request_in_flight_finishes_when_the_server_stops()
    {
        var slow = new SlowResolver();
        var factory = new KnowledgeHubFactory
        {
            Settings = { ["KnowledgeHub:Hosting:ShutdownTimeout"] = "00:00:20" },
            TestServices = s => s.AddSingleton<INodeResolver>(slow),
        };
        factory.UseKestrel(0);
        factory.StartServer();
        // Not factory.CreateClient(): the factory disposes its own clients when it stops.
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };

        var inFlight = client.QueryAsync("query($id: ID!) { node(id: $id) { id } }", new { id = Ids.Encode("Slow:1") });
        await slow.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var stopping = factory.DisposeAsync().AsTask();

        var result = await inFlight.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(result["errors"] is null, result.ToJsonString());
        Assert.True(slow.Finished, "the resolver ran to its end");
        await stopping.WaitAsync(TimeSpan.FromSeconds(30));
    }

    private sealed class SlowResolver : INodeResolver
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Finished { get; private set; }

        public string TypeName => "Slow";

        public IDataLoaderResult<object?> Resolve(IResolveFieldContext context, string key) => new Delayed(this);

        private sealed class Delayed(SlowResolver owner) : IDataLoaderResult<object?>
        {
            public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default)
            {
                owner.Started.TrySetResult();
                // Long enough for the stop to begin; not tied to the token, like a query that must finish.
                await Task.Delay(TimeSpan.FromSeconds(2), CancellationToken.None);
                owner.Finished = true;
                return null;
            }
        }
    }
}
