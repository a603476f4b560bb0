using GraphQL.DataLoader;
using KnowledgeHub.Api.GraphQL.DataLoading;
using KnowledgeHub.Data;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeHub.Api.GraphQL.Paging;

/// <summary>A root connection: one query for the page (filter, keyset, order, limit), one for the count if asked.</summary>
public static class QueryablePager
{
    public static async Task<Connection> PageAsync<T>(
        IDbContextFactory<KnowledgeHubDbContext> contexts,
        Func<KnowledgeHubDbContext, IQueryable<T>> query,
        PageRequest<T> request,
        CancellationToken cancellationToken)
        where T : class
    {
        List<Sorting.PageRow<T>> rows;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            rows = await request.Page(request.Window(query(db), x => x), x => x).ToListAsync(cancellationToken);
        }

        return request.ToConnection(rows, () => CountOnce(contexts, query, request));
    }

    private static IDataLoaderResult<int> CountOnce<T>(
        IDbContextFactory<KnowledgeHubDbContext> contexts, Func<KnowledgeHubDbContext, IQueryable<T>> query, PageRequest<T> request) =>
        DataLoaderResults.FromAsync(async ct =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var rows = query(db);
            return await (request.Filter is null ? rows : rows.Where(request.Filter)).CountAsync(ct);
        });
}
