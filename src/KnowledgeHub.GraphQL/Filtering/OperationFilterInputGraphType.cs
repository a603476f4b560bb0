using System.Linq.Expressions;
using GraphQL.Types;
using KnowledgeHub.GraphQL.Errors;

namespace KnowledgeHub.GraphQL.Filtering;

/// <summary>
/// The operations on a value (a number, a date, an enum): equality and lists, and ordering where
/// the type declares it, with n-prefixed negations. One type serves a field and its nullable form;
/// <c>eq: null</c> asks for a missing value. Comparisons with a missing value are false, so the
/// negations (ngt, ...) include rows without a value.
/// </summary>
public abstract class OperationFilterInputGraphType<TValue> : InputObjectGraphType, IFilterInputType
    where TValue : struct
{
    /// <summary>The GraphQL value as the member's type (e.g. an offset date-time as UTC).</summary>
    protected virtual TValue Convert(object value) => (TValue)value;

    public Expression Build(Expression target, IDictionary<string, object?> value, FilterBudget budget)
    {
        var nullable = typeof(TValue?);
        var member = target.Type == nullable ? target : Expression.Convert(target, nullable);
        var parts = new List<Expression>();
        foreach (var (op, operand) in value)
        {
            budget.Spend();
            if (op is "in" or "nin")
            {
                parts.Add(FilterExpressions.In(member, operand, op, budget, v => v is null ? null : (object?)Convert(v)));
                continue;
            }

            var negate = op.StartsWith('n') && op != "neq";
            var parameter = FilterExpressions.Parameter(operand is null ? null : Convert(operand), nullable);
            if (operand is null && op is not ("eq" or "neq"))
            {
                throw FilterError.Invalid($"`{op}` needs a value, not null.");
            }

            Expression comparison = (negate ? op[1..] : op) switch
            {
                "eq" => Expression.Equal(member, parameter),
                "neq" => Expression.NotEqual(member, parameter),
                "gt" => Expression.GreaterThan(member, parameter),
                "gte" => Expression.GreaterThanOrEqual(member, parameter),
                "lt" => Expression.LessThan(member, parameter),
                "lte" => Expression.LessThanOrEqual(member, parameter),
                _ => throw FilterError.Invalid($"Unknown operation `{op}`."),
            };
            parts.Add(negate ? Expression.Not(comparison) : comparison);
        }

        return FilterExpressions.AndAll(parts);
    }
}

