using System.Collections.Concurrent;
using System.Linq.Expressions;

namespace KnowledgeHub.GraphQL.Paging;

/// <summary>
/// Sets a column's value on a node of any kind, in a query's projection (<see cref="SelectedColumns"/>):
/// on a node of the declaring kind only, since kinds may name their own columns alike. The property
/// is named by strings because EF Core refuses other constants in a projection. One compiled setter
/// per mapped property, made on first use and kept for the process: as many as the model has
/// properties, which never changes while it runs.
/// </summary>
internal static class KindSetters<TNode, TValue>
{
    private static readonly ConcurrentDictionary<(string Type, string Property), Action<TNode, TValue>> s_setters = new();

    public static TNode Set(TNode node, TValue value, string type, string property)
    {
        s_setters.GetOrAdd((type, property), static name =>
        {
            var declaring = Type.GetType(name.Type, throwOnError: true)!;
            var n = Expression.Parameter(typeof(TNode), "node");
            var v = Expression.Parameter(typeof(TValue), "value");
            return Expression.Lambda<Action<TNode, TValue>>(Expression.IfThen(Expression.TypeIs(n, declaring), Expression.Assign(
                Expression.Property(Expression.Convert(n, declaring), name.Property), Expression.Convert(v, declaring.GetProperty(name.Property)!.PropertyType))), n, v).Compile();
        })(node, value);
        return node;
    }
}
