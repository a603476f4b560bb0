namespace KnowledgeHub.GraphQL.DataLoading;

/// <summary>A row and the parent key it belongs to; EF Core can project into it (tuples it cannot).</summary>
public sealed class Keyed<T>
{
    public int Key { get; init; }
    public required T Value { get; init; }
}
