using KnowledgeHub.GraphQL.Http.Caching;
using KnowledgeHub.Import.Changes;

namespace KnowledgeHub.Api.GraphQL.Http.Caching;

/// <summary>This server's own commits move the ETags at once, before the mutation answers.</summary>
public sealed class ContentVersionChangeHandler(ContentVersion version) : IRecordChangeHandler
{
    public Task HandleAsync(long upToSequence, CancellationToken cancellationToken) => version.RefreshNowAsync();
}
