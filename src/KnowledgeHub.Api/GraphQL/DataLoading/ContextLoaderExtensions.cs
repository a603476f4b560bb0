using KnowledgeHub.GraphQL.DataLoading;
using GraphQL;
using KnowledgeHub.Data;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeHub.Api.GraphQL.DataLoading;

/// <summary>
/// The two loader shapes every feature uses: entities by id (1:1) and children by parent id (1:n).
/// Each batch runs one query on its own pooled context, so parallel resolvers never share one.
/// </summary>
public static class ContextLoaderExtensions
{
    public static BatchLoader<int, T?> ById<T>(
        this IResolveFieldContext context, string name,
        Func<KnowledgeHubDbContext, IReadOnlyCollection<int>, IQueryable<T>> query, Func<T, int> key)
        where T : class => context.ByKey(name, query, key);

    public static BatchLoader<TKey, T?> ByKey<TKey, T>(
        this IResolveFieldContext context, string name,
        Func<KnowledgeHubDbContext, IReadOnlyCollection<TKey>, IQueryable<T>> query, Func<T, TKey> key)
        where TKey : notnull
        where T : class =>
        context.OnContext<TKey, T?>(name, async (db, keys, ct) => (await query(db, keys).ToListAsync(ct)).ToDictionary(key, row => (T?)row), null);

    public static BatchLoader<int, IReadOnlyList<T>> ByParent<T>(
        this IResolveFieldContext context, string name,
        Func<KnowledgeHubDbContext, IReadOnlyCollection<int>, IQueryable<Keyed<T>>> query) =>
        context.ByParent(name, async (db, keys, ct) => (IEnumerable<Keyed<T>>)await query(db, keys).ToListAsync(ct));

    /// <summary>Children in the order fetched, grouped by parent.</summary>
    public static BatchLoader<int, IReadOnlyList<T>> ByParent<T>(
        this IResolveFieldContext context, string name,
        Func<KnowledgeHubDbContext, IReadOnlyCollection<int>, CancellationToken, Task<IEnumerable<Keyed<T>>>> fetch) =>
        context.OnContext<int, IReadOnlyList<T>>(name, async (db, keys, ct) =>
            (await fetch(db, keys, ct)).GroupBy(r => r.Key).ToDictionary(g => g.Key, g => (IReadOnlyList<T>)g.Select(r => r.Value).ToList()), []);

    private static BatchLoader<TKey, TValue> OnContext<TKey, TValue>(
        this IResolveFieldContext context, string name,
        Func<KnowledgeHubDbContext, IReadOnlyCollection<TKey>, CancellationToken, Task<Dictionary<TKey, TValue>>> fetch, TValue missing)
        where TKey : notnull
    {
        var registry = Registry(context);
        if (registry.TryGet<TKey, TValue>(name, out var made))
        {
            return made;
        }

        // The factory is taken now: GraphQL.NET reuses a resolver's context once the resolver has
        // returned, so by the time the batch runs this context may belong to another field or be cleared.
        var contexts = Contexts(context);
        return registry.GetOrAdd<TKey, TValue>(name, async (keys, ct) =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            return await fetch(db, keys, ct);
        }, missing);
    }

    public static IDbContextFactory<KnowledgeHubDbContext> Contexts(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IDbContextFactory<KnowledgeHubDbContext>>();

    /// <summary>The request's registry, kept in the user context by the execution (see <see cref="DataLoaderRegistry.UserContextKey"/>).</summary>
    public static DataLoaderRegistry Registry(this IResolveFieldContext context) =>
        context.UserContext.TryGetValue(DataLoaderRegistry.UserContextKey, out var kept) && kept is DataLoaderRegistry registry
            ? registry
            : context.RequestServices!.GetRequiredService<DataLoaderRegistry>();
}
