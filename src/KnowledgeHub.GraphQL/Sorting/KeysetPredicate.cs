using System.Linq.Expressions;
using KnowledgeHub.GraphQL.Filtering;

namespace KnowledgeHub.GraphQL.Sorting;

/// <summary>
/// "After this row" for a multi-key order: k1 beyond v1, or k1 = v1 and (k2 beyond v2, or ...),
/// down to the unique key. Missing values sort last, so null has a place in the order too.
/// </summary>
internal static class KeysetPredicate
{
    public static Expression Build(IEnumerable<SortKey> keys, IReadOnlyList<object?> values, bool before)
    {
        var list = keys.ToList();
        Expression? result = null;
        for (var i = list.Count - 1; i >= 0; i--)
        {
            var beyond = Beyond(list[i], values[i], before);
            result = result is null ? beyond : Expression.OrElse(beyond, Expression.AndAlso(Equal(list[i], values[i]), result));
        }

        return result!;
    }

    private static Expression Equal(SortKey key, object? value) =>
        value is null ? IsNull(key) : Expression.Equal(key.Key, Value(key, value));

    private static Expression Beyond(SortKey key, object? value, bool before)
    {
        if (value is null)
        {
            // Missing values come last: nothing is after them, everything with a value is before them.
            return before ? Expression.Not(IsNull(key)) : Expression.Constant(false);
        }

        var greater = key.Descending == before;
        var compare = Compare(key, value, greater);
        // After a value come the larger (or smaller) values and then the missing ones.
        return key.Nullable && !before ? Expression.OrElse(compare, IsNull(key)) : compare;
    }

    private static Expression Compare(SortKey key, object value, bool greater)
    {
        var parameter = Value(key, value);
        if (key.ValueType == typeof(string))
        {
            // EF Core translates string.Compare(a, b) > 0 to a > b in the database's collation.
            var compare = Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, key.Key, parameter);
            var zero = Expression.Constant(0);
            return greater ? Expression.GreaterThan(compare, zero) : Expression.LessThan(compare, zero);
        }

        return greater ? Expression.GreaterThan(key.Key, parameter) : Expression.LessThan(key.Key, parameter);
    }

    private static Expression IsNull(SortKey key) => Expression.Equal(key.Key, Expression.Constant(null, key.Key.Type));

    private static Expression Value(SortKey key, object? value) => FilterExpressions.Parameter(value, key.Key.Type);
}
