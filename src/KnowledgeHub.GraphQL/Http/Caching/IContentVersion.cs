namespace KnowledgeHub.GraphQL.Http.Caching;

/// <summary>
/// What every answer depends on besides its request (the application's data and indexes), as a
/// text that changes whenever any of them does. The application owns it; the cache only compares it.
/// </summary>
public interface IContentVersion
{
    ValueTask<string> CurrentAsync(CancellationToken cancellationToken);
}
