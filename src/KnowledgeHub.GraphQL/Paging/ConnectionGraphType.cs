using GraphQL.Types;

namespace KnowledgeHub.GraphQL.Paging;

/// <summary>
/// HotChocolate's connection shape: <c>edges</c>, <c>nodes</c>, <c>pageInfo</c>, <c>totalCount</c>.
/// Named after the plural of the node type (<c>ProgramsConnection</c>), as HotChocolate names a
/// connection after the field that returns it.
/// </summary>
public sealed class ConnectionGraphType<TNodeType> : ObjectGraphType<Connection>
    where TNodeType : IGraphType
{
    public ConnectionGraphType()
    {
        var node = GraphTypeNames.Of<TNodeType>();
        Name = $"{GraphTypeNames.Plural(node)}Connection";
        Description = $"A page of {node} items.";
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Description("Information to aid in pagination.").Resolve(c => c.Source.PageInfo);
        Field<ListGraphType<NonNullGraphType<EdgeGraphType<TNodeType>>>>("edges").Description("A list of edges.").Resolve(c => c.Source.Edges);
        Field<ListGraphType<NonNullGraphType<TNodeType>>>("nodes").Description("A flattened list of the nodes.").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("Identifies the total count of items in the connection; counted only when selected.")
            .Resolve(c => c.Source.Count());
    }
}

public sealed class EdgeGraphType<TNodeType> : ObjectGraphType<Edge>
    where TNodeType : IGraphType
{
    public EdgeGraphType()
    {
        Name = $"{GraphTypeNames.Plural(GraphTypeNames.Of<TNodeType>())}Edge";
        Description = "An edge in a connection.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("A cursor for use in pagination.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Description("The item at the end of the edge.").Resolve(c => c.Source.Node);
    }
}

public sealed class PageInfoGraphType : ObjectGraphType<PageInfo>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Description = "Information about pagination in a connection.";
        Field(p => p.HasNextPage).Description("Indicates whether more edges exist following the set defined by the clients arguments.");
        Field(p => p.HasPreviousPage).Description("Indicates whether more edges exist prior the set defined by the clients arguments.");
        Field(p => p.StartCursor, nullable: true).Description("When paginating backwards, the cursor to continue.");
        Field(p => p.EndCursor, nullable: true).Description("When paginating forwards, the cursor to continue.");
    }
}
