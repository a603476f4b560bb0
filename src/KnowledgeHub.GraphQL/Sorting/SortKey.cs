using System.Linq.Expressions;

namespace KnowledgeHub.GraphQL.Sorting;

/// <summary>
/// One ORDER BY term: a key expression over the root entity's parameter, its direction, and
/// the path the client used ("region.name"), which also names the order in cursors.
/// </summary>
public sealed record SortKey(string Path, Expression Key, bool Descending, bool Nullable)
{
    public Type ValueType => System.Nullable.GetUnderlyingType(Key.Type) ?? Key.Type;
}
