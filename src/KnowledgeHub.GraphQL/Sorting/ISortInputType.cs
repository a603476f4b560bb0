using System.Linq.Expressions;

namespace KnowledgeHub.GraphQL.Sorting;

/// <summary>A sort input turns one element of <c>order</c> into ORDER BY terms over <paramref name="target"/>.</summary>
public interface ISortInputType
{
    IEnumerable<SortKey> Keys(Expression target, string prefix, bool nullablePath, IDictionary<string, object?> value);
}
