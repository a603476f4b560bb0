namespace KnowledgeHub.Api.GraphQL.Paging;

/// <summary>One page of a cursor connection. The total is counted only if a client selects it.</summary>
public sealed class Connection(IReadOnlyList<Edge> edges, PageInfo pageInfo, Func<CancellationToken, Task<int>> countAsync)
{
    public IReadOnlyList<Edge> Edges { get; } = edges;
    public IEnumerable<object> Nodes => Edges.Select(e => e.Node);
    public PageInfo PageInfo { get; } = pageInfo;
    public Func<CancellationToken, Task<int>> CountAsync { get; } = countAsync;
}

public sealed record Edge(string Cursor, object Node);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
