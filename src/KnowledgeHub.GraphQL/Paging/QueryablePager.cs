using KnowledgeHub.GraphQL.Sorting;
using GraphQL.DataLoader;
using KnowledgeHub.GraphQL.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeHub.GraphQL.Paging;

/// <summary>
/// A root connection: the page's sort-key values (filter, keyset, order, limit), then its rows by
/// their unique key, and the count if asked. Keys first because the order is applied to every
/// matching row: with whole rows, SQLite read each one (texts included) before sorting; with
/// keys only, an index holding the filter and order columns answers it without reading any
/// (a kind's records since a year, newest first: 7,447 rows at 100,000 records).
/// A page with neither filter nor order (the unique key alone) reads its rows in one query: the
/// database walks its key in order and stops at the page's end, so there is nothing to sort,
/// and the second query was a quarter of a list page's statements.
/// With <c>nodeFields</c>, the rows are read with only the columns those fields need (<see cref="SelectedColumns"/>).
/// </summary>
public static class QueryablePager
{
    public static async Task<Connection> PageAsync<TContext, T>(
        IDbContextFactory<TContext> contexts,
        Func<TContext, IQueryable<T>> query,
        PageRequest<T> request,
        IReadOnlySet<string>? nodeFields,
        CancellationToken cancellationToken)
        where TContext : DbContext
        where T : class
    {
        List<object?[]> keys;
        List<T> found;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            Task<List<T>> Read(IQueryable<T> rows) => nodeFields is null ? rows.ToListAsync(cancellationToken) : SelectedColumns.ReadAsync(rows, db.Model, nodeFields, cancellationToken);
            if (request.Filter is null && request.Ordering.Keys.Count == 1)
            {
                found = await Read(request.Ordering.Apply(request.Window(query(db), x => x), x => x, reverse: request.Backward).Take(request.Size + 1));
                var uniqueKey = request.Ordering.UniqueKeyOf;
                return request.ToConnection(
                    found.ConvertAll(r => new PageRow<T> { Node = r, Keys = [uniqueKey(r)] }), () => CountOnce(contexts, query, request));
            }

            keys = await request.PageKeys(request.Window(query(db), x => x), x => x).ToListAsync(cancellationToken);
            var ids = keys.Select(KeysThenRows.UniqueKey).ToList();
            found = ids.Count == 0 ? [] : await Read(query(db).Where(request.Ordering.UniqueKeyIn(ids)));
        }

        var rows = KeysThenRows.Join(keys, found.ToDictionary(request.Ordering.UniqueKeyOf));
        return request.ToConnection(rows, () => CountOnce(contexts, query, request));
    }

    private static IDataLoaderResult<int> CountOnce<TContext, T>(
        IDbContextFactory<TContext> contexts, Func<TContext, IQueryable<T>> query, PageRequest<T> request)
        where TContext : DbContext =>
        DataLoaderResults.FromAsync(async ct =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var rows = query(db);
            return await (request.Filter is null ? rows : rows.Where(request.Filter)).CountAsync(ct);
        });
}
