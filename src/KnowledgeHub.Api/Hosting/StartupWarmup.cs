using KnowledgeHub.GraphQL.Documents.Persisted;
using KnowledgeHub.GraphQL.Http;

namespace KnowledgeHub.Api.Hosting;

/// <summary>
/// Builds at start what the first request would otherwise build: the schema (with its complexity
/// weights) and the trusted-document allow-list, so a broken allow-list stops the start instead
/// of failing the first request.
/// </summary>
public sealed class StartupWarmup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<TrustedDocumentStore>();
        services.GetRequiredService<GraphQLExecution>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
