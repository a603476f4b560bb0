using System.Linq.Expressions;
using KnowledgeHub.GraphQL.DataLoading;
using KnowledgeHub.GraphQL.Filtering;
using KnowledgeHub.GraphQL.Paging;
using KnowledgeHub.Data;
using KnowledgeHub.Domain.Access;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeHub.Api.GraphQL.Paging;

/// <summary>
/// The child-paging strategy: each parent selects its children's page as a collection of
/// sort-key values only, which EF Core runs as ROW_NUMBER() OVER (PARTITION BY parent), with any
/// filter and order. Numbering narrow rows and reading only the winners matters: numbered with
/// every column (descriptions included), 50 municipalities' records at 10,000 records took 130 ms
/// on SQLite, keys only a few. Counts are one GROUP BY.
/// </summary>
public sealed class SqlChildKeys<TParent, T>(ChildSource<TParent, T> source) : IChildKeys<T>
{
    public async Task<Dictionary<int, IEnumerable<object?[]>>> PageKeysAsync(
        KnowledgeHubDbContext db, PageRequest<T> request, IReadOnlyCollection<int> parentIds, Actor reader, CancellationToken ct)
    {
        // The children of "some parent": a free parameter for now, the outer row's key below.
        var placeholder = Expression.Parameter(typeof(int), "parentKey");
        var pair = Expression.Parameter(typeof(Keyed<T>), "pair");
        var ofParent = Expression.Lambda<Func<Keyed<T>, bool>>(Expression.Equal(Expression.Property(pair, nameof(Keyed<T>.Key)), placeholder), pair);
        Expression<Func<Keyed<T>, T>> node = p => p.Value;
        var page = request.PageKeys(request.Window(source.Pairs(db, parentIds, reader).Where(ofParent), node), node);

        var parent = Expression.Parameter(typeof(TParent), "parent");
        var key = FilterExpressions.Apply(source.ParentKey, parent);
        var rows = Expression.Call(new Func<IEnumerable<object[]>, List<object[]>>(Enumerable.ToList).Method, FilterExpressions.Replace(page.Expression, placeholder, key));
        var group = Expression.MemberInit(
            Expression.New(typeof(Keyed<List<object?[]>>)),
            Expression.Bind(typeof(Keyed<List<object?[]>>).GetProperty(nameof(Keyed<T>.Key))!, key),
            Expression.Bind(typeof(Keyed<List<object?[]>>).GetProperty(nameof(Keyed<T>.Value))!, rows));
        var groups = await source.Parents(db, parentIds)
            .Select(Expression.Lambda<Func<TParent, Keyed<List<object?[]>>>>(group, parent))
            .ToListAsync(ct);
        return groups.ToDictionary(g => g.Key, g => (IEnumerable<object?[]>)g.Value);
    }

    public async Task<IReadOnlyDictionary<int, int>> CountsAsync(
        KnowledgeHubDbContext db, Expression<Func<T, bool>>? filter, IReadOnlyCollection<int> parentIds, Actor reader, CancellationToken ct)
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
