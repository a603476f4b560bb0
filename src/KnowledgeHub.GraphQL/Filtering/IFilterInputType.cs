using System.Linq.Expressions;

namespace KnowledgeHub.GraphQL.Filtering;

/// <summary>
/// A filter input type turns its part of a <c>where</c> value into a boolean expression over
/// <paramref name="target"/> (the entity, or the member the parent field selected). Entity,
/// operation and list filters all have this shape, so they nest freely.
/// </summary>
public interface IFilterInputType
{
    Expression Build(Expression target, IDictionary<string, object?> value, FilterBudget budget);
}
