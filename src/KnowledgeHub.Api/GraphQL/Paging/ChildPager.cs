using KnowledgeHub.GraphQL.Paging;
using System.Linq.Expressions;
using KnowledgeHub.GraphQL.DataLoading;
using KnowledgeHub.Api.GraphQL.DataLoading;
using KnowledgeHub.GraphQL.Filtering;
using KnowledgeHub.GraphQL.Sorting;
using KnowledgeHub.Data;
using KnowledgeHub.Domain.Access;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeHub.Api.GraphQL.Paging;

/// <summary>
/// Where a child connection's rows come from: the parents by key, (parent key, child) pairs as
/// the request's reader may see them, and the children the reader may see, of which a page's are
/// read by their unique sort key (the id) with the columns its node fields need (<see cref="SelectedColumns"/>);
/// optionally a declared cache of the pages' keys in front of SQL (<see cref="Cache"/>).
/// </summary>
public sealed record ChildSource<TParent, T>(
    Func<KnowledgeHubDbContext, IReadOnlyCollection<int>, IQueryable<TParent>> Parents,
    Expression<Func<TParent, int>> ParentKey,
    Func<KnowledgeHubDbContext, IReadOnlyCollection<int>, Actor, IQueryable<Keyed<T>>> Pairs,
    Func<KnowledgeHubDbContext, Actor, IQueryable<T>> Children,
    Func<IServiceProvider, IChildKeys<T>>? Cache = null)
{
    /// <summary>The keys of this connection's pages: the declared cache if there is one, else SQL.</summary>
    public IChildKeys<T> Keys(IServiceProvider services) => Cache is null ? new SqlChildKeys<TParent, T>(this) : Cache(services);
}

/// <summary>
/// The first page of every parent's child connection: the page keys from the source's
/// <see cref="IChildKeys{T}"/>, then the page's children by id in one query.
/// </summary>
public static class ChildPager
{
    /// <summary>Every parent's page: its keys from <paramref name="keys"/>, then the page's children read by id in one query.</summary>
    public static async Task<IReadOnlyDictionary<int, IReadOnlyList<PageRow<T>>>> PagesAsync<TParent, T>(
        KnowledgeHubDbContext db, ChildSource<TParent, T> source, IChildKeys<T> keys, PageRequest<T> request, IReadOnlyCollection<int> parentIds, Actor reader,
        IReadOnlySet<string> nodeFields, CancellationToken ct)
    {
        var keysByParent = await keys.PageKeysAsync(db, request, parentIds, reader, ct);
        var ids = keysByParent.Values.SelectMany(k => k).Select(KeysThenRows.UniqueKey).Distinct().ToList();
        var children = ids.Count == 0 ? [] : (await SelectedColumns.ReadAsync(source.Children(db, reader).Where(request.Ordering.UniqueKeyIn(ids)), db.Model, nodeFields, ct))
            .ToDictionary(request.Ordering.UniqueKeyOf);
        return keysByParent.ToDictionary(p => p.Key, p => (IReadOnlyList<PageRow<T>>)KeysThenRows.Join(p.Value, children));
    }
}
