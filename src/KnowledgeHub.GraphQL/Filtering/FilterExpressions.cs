using System.Linq.Expressions;
using KnowledgeHub.GraphQL.Errors;

namespace KnowledgeHub.GraphQL.Filtering;

/// <summary>Small expression-tree helpers shared by the filter, sort and keyset builders.</summary>
public static class FilterExpressions
{
    /// <summary>
    /// A value EF Core sends as a parameter rather than inlining it: a captured member, as a C#
    /// closure would be. Keeps one cached query plan per filter shape, whatever the values.
    /// </summary>
    public static Expression Parameter(object? value, Type type)
    {
        var box = Activator.CreateInstance(typeof(Box<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(box), nameof(Box<>.Value));
    }

    /// <summary>
    /// <c>in</c>: the member equals one of the operand's values (each converted first), sent as one
    /// typed list parameter; <c>nin</c>: it equals none. The list's length is charged to the budget.
    /// </summary>
    public static Expression In(Expression member, object? operand, string op, FilterBudget budget, Func<object?, object?>? convert = null)
    {
        var values = AsList(operand, op).Select(convert ?? (value => value)).ToList();
        budget.CheckList(op, values.Count);
        var list = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(member.Type))!;
        foreach (var value in values)
        {
            list.Add(value);
        }

        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [member.Type], Parameter(list, list.GetType()), member);
        return op == "nin" ? Expression.Not(contains) : contains;
    }

    public static Expression AndAll(IReadOnlyCollection<Expression> parts) =>
        parts.Count == 0 ? Expression.Constant(true) : parts.Aggregate(Expression.AndAlso);

    public static Expression OrAll(IReadOnlyCollection<Expression> parts) =>
        parts.Count == 0 ? Expression.Constant(false) : parts.Aggregate(Expression.OrElse);

    /// <summary>The lambda's body with its parameter replaced by <paramref name="target"/>.</summary>
    public static Expression Apply(LambdaExpression lambda, Expression target) =>
        new Replacer(lambda.Parameters[0], target).Visit(lambda.Body)!;

    public static Expression Replace(Expression body, Expression from, Expression to) => new Replacer(from, to).Visit(body)!;

    public static IDictionary<string, object?> AsObject(object? value, string field) =>
        value as IDictionary<string, object?>
        ?? throw FilterError.Invalid($"`{field}` must be an object.");

    public static IReadOnlyList<object?> AsList(object? value, string field) => value switch
    {
        IEnumerable<object?> list => list.ToList(),
        null => throw FilterError.Invalid($"`{field}` must be a list, not null."),
        _ => [value],
    };

    private sealed class Box<T>(T value)
    {
        public T Value { get; } = value;
    }

    private sealed class Replacer(Expression from, Expression to) : ExpressionVisitor
    {
        public override Expression? Visit(Expression? node) => node == from ? to : base.Visit(node);
    }
}
