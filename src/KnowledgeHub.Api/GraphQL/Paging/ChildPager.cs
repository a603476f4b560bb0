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
/// the request's reader may see them, and the children by their unique sort key (the id);
/// optionally an in-memory <see cref="IChildIndex"/> of the pairs for unfiltered default-order pages.
/// </summary>
public sealed record ChildSource<TParent, T>(
    Func<KnowledgeHubDbContext, IReadOnlyCollection<int>, IQueryable<TParent>> Parents,
    Expression<Func<TParent, int>> ParentKey,
    Func<KnowledgeHubDbContext, IReadOnlyCollection<int>, Actor, IQueryable<Keyed<T>>> Pairs,
    Func<KnowledgeHubDbContext, IReadOnlyCollection<int>, Actor, IQueryable<Keyed<T>>> ById,
    Func<IServiceProvider, IChildIndex>? Index = null);

/// <summary>
/// The first page of every parent's child connection in two queries: each parent selects its
/// children's page as a collection of sort-key values only, which EF Core runs as ROW_NUMBER()
/// OVER (PARTITION BY parent); then the page's children are read by id. Numbering narrow rows
/// and reading only the winners matters: numbered with every column (descriptions included),
/// 50 municipalities' records at 10,000 records took 130 ms on SQLite, keys only a few.
/// Counts are one GROUP BY.
/// </summary>
public static class ChildPager
{
    public static async Task<IReadOnlyDictionary<int, IReadOnlyList<PageRow<T>>>> PagesAsync<TParent, T>(
        KnowledgeHubDbContext db, ChildSource<TParent, T> source, PageRequest<T> request, IReadOnlyCollection<int> parentIds, Actor reader, CancellationToken ct)
    {
        // The children of "some parent": a free parameter for now, the outer row's key below.
        var placeholder = Expression.Parameter(typeof(int), "parentKey");
        var pair = Expression.Parameter(typeof(Keyed<T>), "pair");
        var ofParent = Expression.Lambda<Func<Keyed<T>, bool>>(Expression.Equal(Expression.Property(pair, nameof(Keyed<T>.Key)), placeholder), pair);
        Expression<Func<Keyed<T>, T>> node = p => p.Value;
        var page = request.PageKeys(request.Window(source.Pairs(db, parentIds, reader).Where(ofParent), node), node);

        var parent = Expression.Parameter(typeof(TParent), "parent");
        var key = FilterExpressions.Apply(source.ParentKey, parent);
        var rows = Expression.Call(typeof(Enumerable), nameof(Enumerable.ToList), [typeof(object[])],
            FilterExpressions.Replace(page.Expression, placeholder, key));
        var group = Expression.MemberInit(
            Expression.New(typeof(Keyed<List<object?[]>>)),
            Expression.Bind(typeof(Keyed<List<object?[]>>).GetProperty(nameof(Keyed<T>.Key))!, key),
            Expression.Bind(typeof(Keyed<List<object?[]>>).GetProperty(nameof(Keyed<T>.Value))!, rows));
        var groups = await source.Parents(db, parentIds)
            .Select(Expression.Lambda<Func<TParent, Keyed<List<object?[]>>>>(group, parent))
            .ToListAsync(ct);

        return await WithChildrenAsync(db, source, groups.ToDictionary(g => g.Key, g => (IEnumerable<object?[]>)g.Value), reader, ct);
    }

    /// <summary>The same pages from an <see cref="IChildIndex"/> (the order is the unique key alone): the children then by id.</summary>
    public static async Task<IReadOnlyDictionary<int, IReadOnlyList<PageRow<T>>>> IndexedPagesAsync<TParent, T>(
        KnowledgeHubDbContext db, ChildSource<TParent, T> source, IChildIndex index, PageRequest<T> request, IReadOnlyCollection<int> parentIds, Actor reader, CancellationToken ct)
    {
        var pages = await index.PagesAsync(
            parentIds, reader, Key(request.After), Key(request.Before), request.Size + 1, request.Backward, ct);
        return await WithChildrenAsync(db, source, pages.ToDictionary(p => p.Key, p => p.Value.Select(id => new object?[] { id })), reader, ct);

        static int? Key(IReadOnlyList<object?>? cursor) => cursor is null ? null : KeysThenRows.UniqueKey([.. cursor]);
    }

    /// <summary>Each parent's page of key values joined to its children, read by id in one query.</summary>
    private static async Task<IReadOnlyDictionary<int, IReadOnlyList<PageRow<T>>>> WithChildrenAsync<TParent, T>(
        KnowledgeHubDbContext db, ChildSource<TParent, T> source, Dictionary<int, IEnumerable<object?[]>> keysByParent, Actor reader, CancellationToken ct)
    {
        var ids = keysByParent.Values.SelectMany(k => k).Select(KeysThenRows.UniqueKey).Distinct().ToList();
        var children = ids.Count == 0 ? [] : (await source.ById(db, ids, reader).ToListAsync(ct)).ToDictionary(n => n.Key, n => n.Value);
        return keysByParent.ToDictionary(p => p.Key, p => (IReadOnlyList<PageRow<T>>)KeysThenRows.Join(p.Value, children));
    }

    public static async Task<IReadOnlyDictionary<int, int>> CountsAsync<TParent, T>(
        KnowledgeHubDbContext db, ChildSource<TParent, T> source, Expression<Func<T, bool>>? filter, IReadOnlyCollection<int> parentIds, Actor reader, CancellationToken ct)
    {
        var pairs = source.Pairs(db, parentIds, reader);
        if (filter is not null)
        {
            var pair = Expression.Parameter(typeof(Keyed<T>), "pair");
            pairs = pairs.Where(Expression.Lambda<Func<Keyed<T>, bool>>(
                FilterExpressions.Apply(filter, Expression.Property(pair, nameof(Keyed<T>.Value))), pair));
        }

        var counts = await pairs.GroupBy(p => p.Key).Select(g => new Keyed<int> { Key = g.Key, Value = g.Count() }).ToListAsync(ct);
        return counts.ToDictionary(c => c.Key, c => c.Value);
    }
}
