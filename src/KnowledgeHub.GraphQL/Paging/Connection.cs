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

/// <summary>
/// A node and its cursor; a keyset page makes the cursor only when a client selects it, from the
/// row's keys with the page's one encoder (not a closure per row).
/// </summary>
public sealed class Edge
{
    private readonly Func<IReadOnlyList<object?>, string>? _encode;
    private readonly IReadOnlyList<object?>? _keys;
    private string? _cursor;

    public Edge(string cursor, object node) => (_cursor, Node) = (cursor, node);

    public Edge(Func<IReadOnlyList<object?>, string> encode, IReadOnlyList<object?> keys, object node) => (_encode, _keys, Node) = (encode, keys, node);

    public string Cursor => _cursor ??= _encode!(_keys!);

    public object Node { get; }
}

/// <summary>Relay's page info. The first and last cursors are read only when selected: a keyset cursor is encoded on reading.</summary>
public sealed class PageInfo(bool hasNextPage, bool hasPreviousPage, Func<string?> startCursor, Func<string?> endCursor)
{
    public bool HasNextPage { get; } = hasNextPage;
    public bool HasPreviousPage { get; } = hasPreviousPage;
    public string? StartCursor => startCursor();
    public string? EndCursor => endCursor();
}
