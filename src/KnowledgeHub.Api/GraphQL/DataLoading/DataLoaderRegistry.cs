using System.Collections.Concurrent;

namespace KnowledgeHub.Api.GraphQL.DataLoading;

/// <summary>The request's loaders, one per name; registered scoped so nothing is shared between requests.</summary>
public sealed class DataLoaderRegistry
{
    private readonly ConcurrentDictionary<string, object> _loaders = new(StringComparer.Ordinal);

    public BatchLoader<TKey, TValue> GetOrAdd<TKey, TValue>(
        string name,
        Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
        TValue missing)
        where TKey : notnull =>
        (BatchLoader<TKey, TValue>)_loaders.GetOrAdd(name, _ => new BatchLoader<TKey, TValue>(fetch, missing));
}
