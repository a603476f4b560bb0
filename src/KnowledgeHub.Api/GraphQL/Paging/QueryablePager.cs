using KnowledgeHub.Data;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeHub.Api.GraphQL.Paging;

/// <summary>Slices an ordered EF query into a connection page: one query for the page, one for the count if asked.</summary>
public static class QueryablePager
{
    public static async Task<Connection> PageAsync<T>(
        IDbContextFactory<KnowledgeHubDbContext> contexts,
        Func<KnowledgeHubDbContext, IQueryable<T>> query,
        PagingArguments args,
        PagingOptions options,
        string scope,
        CancellationToken cancellationToken)
        where T : class
    {
        var after = args.After is null ? -1 : OffsetCursor.Decode(scope, args.After);
        var before = args.Before is null ? (int?)null : OffsetCursor.Decode(scope, args.Before);
        var start = after + 1;
        var end = before;

        Task<int> CountAsync(CancellationToken ct) => CountWith(contexts, query, ct);

        if (args.Last is { } last)
        {
            end ??= await CountAsync(cancellationToken);
            start = Math.Max(start, end.Value - last);
        }

        var size = args.Last is not null ? end!.Value - start : args.First ?? options.DefaultPageSize;
        if (end is not null)
        {
            size = Math.Min(size, end.Value - start);
        }

        size = Math.Max(size, 0);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // One extra row tells whether there is a next page without counting.
        var rows = await query(db).Skip(start).Take(size + 1).ToListAsync(cancellationToken);
        var hasMore = rows.Count > size;
        var edges = rows.Take(size).Select((row, i) => new Edge(OffsetCursor.Encode(scope, start + i), row)).ToList();
        var pageInfo = new PageInfo(
            HasNextPage: hasMore,
            HasPreviousPage: start > 0,
            StartCursor: edges.FirstOrDefault()?.Cursor,
            EndCursor: edges.LastOrDefault()?.Cursor);
        return new Connection(edges, pageInfo, CountAsync);
    }

    private static async Task<int> CountWith<T>(
        IDbContextFactory<KnowledgeHubDbContext> contexts, Func<KnowledgeHubDbContext, IQueryable<T>> query, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await query(db).CountAsync(ct);
    }
}
