using GraphQL.DataLoader;

namespace KnowledgeHub.GraphQL.Paging;

/// <summary>
/// One page of a cursor connection. The total is counted only if a client selects it, through a
/// loader, so that the counts of many parents' child connections are one query.
/// </summary>
public sealed class Connection(IReadOnlyList<Edge> edges, PageInfo pageInfo, Func<IDataLoaderResult<int>> count)
{
    public IReadOnlyList<Edge> Edges { get; } = edges;
    public IEnumerable<object> Nodes => Edges.Select(e => e.Node);
    public PageInfo PageInfo { get; } = pageInfo;
    public Func<IDataLoaderResult<int>> Count { get; } = count;
}

public sealed record Edge(string Cursor, object Node);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
