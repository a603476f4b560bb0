using GraphQL.Types;

namespace KnowledgeHub.GraphQL.Sorting;

public enum SortDirection
{
    Asc,
    Desc,
}

/// <summary>HotChocolate's <c>SortEnumType</c>.</summary>
public sealed class SortEnumGraphType() : NamedEnumGraphType<SortDirection>(
    "SortEnumType", "Ascending or descending; items without a value come last either way.");
