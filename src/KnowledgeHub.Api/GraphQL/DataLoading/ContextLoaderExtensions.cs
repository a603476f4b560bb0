using System.Runtime.InteropServices;
using KnowledgeHub.GraphQL.DataLoading;
using GraphQL;
using KnowledgeHub.Data;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeHub.Api.GraphQL.DataLoading;

/// <summary>
/// The loader shapes features use: entities by id (1:1), children by parent id (1:n), and values
/// a fetch makes itself (a record's themes and municipality links, read together).
/// Each batch runs one query on its own pooled context, so parallel resolvers never share one.
/// A field asks for its loader once per parent (100 times on a page of 50 with two child lists):
/// the request's loader is looked up first, and the delegates that make one are built only when
/// it is missing (they were built at every ask, then dropped).
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
        context.Registry().TryGet<TKey, T?>(name, out var made) ? made : context.OnContext(name, RowsByKey(query, key), null);

    public static BatchLoader<int, IReadOnlyList<T>> ByParent<T>(
        this IResolveFieldContext context, string name,
        Func<KnowledgeHubDbContext, IReadOnlyCollection<int>, IQueryable<Keyed<T>>> query) =>
        context.Registry().TryGet<int, IReadOnlyList<T>>(name, out var made) ? made : context.OnContext(name, ChildrenByParent(query), []);

    /// <summary>Values the fetch makes itself from the request's services (several child lists read in one statement); <paramref name="missing"/> for a key it has none for.</summary>
    public static BatchLoader<TKey, T> ByFetch<TKey, T>(
        this IResolveFieldContext context, string name,
        Func<KnowledgeHubDbContext, IServiceProvider, IReadOnlyCollection<TKey>, CancellationToken, Task<Dictionary<TKey, T>>> fetch, T missing)
        where TKey : notnull =>
        context.Registry().TryGet<TKey, T>(name, out var made) ? made : context.OnContext(name, fetch, missing);

    private static Func<KnowledgeHubDbContext, IServiceProvider, IReadOnlyCollection<TKey>, CancellationToken, Task<Dictionary<TKey, T?>>> RowsByKey<TKey, T>(
        Func<KnowledgeHubDbContext, IReadOnlyCollection<TKey>, IQueryable<T>> query, Func<T, TKey> key)
        where TKey : notnull
        where T : class =>
        async (db, _, keys, ct) => (await query(db, keys).ToListAsync(ct)).ToDictionary(key, row => (T?)row);

    /// <summary>Children in the order fetched, one list per parent filled in one pass (GroupBy kept a grouping and its own array per parent, then copied each).</summary>
    private static Func<KnowledgeHubDbContext, IServiceProvider, IReadOnlyCollection<int>, CancellationToken, Task<Dictionary<int, IReadOnlyList<T>>>> ChildrenByParent<T>(
        Func<KnowledgeHubDbContext, IReadOnlyCollection<int>, IQueryable<Keyed<T>>> query) =>
        async (db, _, keys, ct) =>
        {
            var children = new Dictionary<int, IReadOnlyList<T>>(keys.Count);
            foreach (var row in await query(db, keys).ToListAsync(ct))
            {
                ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(children, row.Key, out bool _);
                ((List<T>)(list ??= new List<T>())).Add(row.Value);
            }

            return children;
        };

    private static BatchLoader<TKey, TValue> OnContext<TKey, TValue>(
        this IResolveFieldContext context, string name,
        Func<KnowledgeHubDbContext, IServiceProvider, IReadOnlyCollection<TKey>, CancellationToken, Task<Dictionary<TKey, TValue>>> fetch, TValue missing)
        where TKey : notnull
    {
        // The services are taken now: GraphQL.NET reuses a resolver's context once the resolver has
        // returned, so by the time the batch runs this context may belong to another field or be cleared.
        var services = context.RequestServices!;
        var contexts = Contexts(context);
        return context.Registry().GetOrAdd<TKey, TValue>(name, async (keys, ct) =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            return await fetch(db, services, keys, ct);
        }, missing);
    }

    public static IDbContextFactory<KnowledgeHubDbContext> Contexts(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IDbContextFactory<KnowledgeHubDbContext>>();

    /// <summary>One read on a context of its own, not batched: a root field's or a payload's, once per request.</summary>
    public static async Task<T> ReadAsync<T>(this IResolveFieldContext context, Func<KnowledgeHubDbContext, CancellationToken, Task<T>> read)
    {
        await using var db = await context.Contexts().CreateDbContextAsync(context.CancellationToken);
        return await read(db, context.CancellationToken);
    }

    /// <summary>The request's registry, kept in the user context by the execution (see <see cref="DataLoaderRegistry.UserContextKey"/>).</summary>
    public static DataLoaderRegistry Registry(this IResolveFieldContext context) =>
        context.UserContext.TryGetValue(DataLoaderRegistry.UserContextKey, out var kept) && kept is DataLoaderRegistry registry
            ? registry
            : context.RequestServices!.GetRequiredService<DataLoaderRegistry>();
}
