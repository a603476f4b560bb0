using System.Collections.Concurrent;

namespace KnowledgeHub.GraphQL.DataLoading;

/// <summary>The request's loaders, one per name; registered scoped so nothing is shared between requests.</summary>
public sealed class DataLoaderRegistry
{
    /// <summary>
    /// Where the execution keeps the request's registry in the user context: resolvers asked the
    /// request's services for it once per field of every node, and a scoped lookup takes a lock
    /// (two child lists on a page of 50: 100 lookups, contended under load).
    /// </summary>
    public const string UserContextKey = "KnowledgeHub.DataLoaderRegistry";

    private readonly ConcurrentDictionary<string, object> _loaders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<object, object> _fields = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// State shared by every resolution of one field of the document (the same field under each
    /// parent). Within a request a field node has fixed arguments, so it is a safe key.
    /// </summary>
    public T ForField<T>(object fieldNode, Func<T> create)
        where T : class =>
        (T)_fields.GetOrAdd(fieldNode, _ => create());

    /// <summary>The loader of this name if one was made in this request.</summary>
    public bool TryGet<TKey, TValue>(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out BatchLoader<TKey, TValue>? loader)
        where TKey : notnull
    {
        loader = _loaders.TryGetValue(name, out var found) ? (BatchLoader<TKey, TValue>)found : null;
        return loader is not null;
    }

    public BatchLoader<TKey, TValue> GetOrAdd<TKey, TValue>(
        string name,
        Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
        TValue missing)
        where TKey : notnull =>
        (BatchLoader<TKey, TValue>)_loaders.GetOrAdd(name, _ => new BatchLoader<TKey, TValue>(fetch, missing));
}
