using KnowledgeHub.GraphQL.Scalars;
using System.Linq.Expressions;
using GraphQL.Types;
using KnowledgeHub.GraphQL.Errors;

namespace KnowledgeHub.GraphQL.Filtering;

/// <summary>
/// HotChocolate's comparable operation inputs (<c>IntOperationFilterInput</c>, ...): equality,
/// lists and ordering, with n-prefixed negations. One type serves a field and its nullable form;
/// <c>eq: null</c> asks for a missing value. Comparisons with a missing value are false, so the
/// negations (ngt, ...) include rows without a value.
/// </summary>
public abstract class ComparableOperationFilterInputGraphType<TScalar, TValue> : InputObjectGraphType, IFilterInputType
    where TScalar : ScalarGraphType
    where TValue : struct
{
    protected ComparableOperationFilterInputGraphType(string name, string what)
    {
        Name = name;
        Description = $"Conditions on {what}.";
        Field<TScalar>("eq").Description("Equals (null: has no value).");
        Field<TScalar>("neq").Description("Does not equal.");
        Field<ListGraphType<TScalar>>("in").Description("Equals one of these.");
        Field<ListGraphType<TScalar>>("nin").Description("Equals none of these.");
        foreach (var (op, text) in new[] { ("gt", "Greater than"), ("gte", "Greater than or equal to"), ("lt", "Less than"), ("lte", "Less than or equal to") })
        {
            Field<TScalar>(op).Description($"{text}.");
            Field<TScalar>("n" + op).Description($"Not {char.ToLowerInvariant(text[0])}{text[1..]}.");
        }
    }

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

public sealed class IntOperationFilterInputGraphType() : ComparableOperationFilterInputGraphType<IntGraphType, int>("IntOperationFilterInput", "a whole number");

public sealed class LongOperationFilterInputGraphType() : ComparableOperationFilterInputGraphType<LongScalarGraphType, long>("LongOperationFilterInput", "a large whole number")
{
    protected override long Convert(object value) => System.Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class DateTimeOperationFilterInputGraphType() : ComparableOperationFilterInputGraphType<DateTimeScalarGraphType, DateTime>("DateTimeOperationFilterInput", "a date and time (UTC)")
{
    protected override DateTime Convert(object value) => value switch
    {
        DateTimeOffset offset => offset.UtcDateTime,
        DateTime { Kind: DateTimeKind.Local } local => local.ToUniversalTime(),
        DateTime time => time,
        _ => throw FilterError.Invalid($"'{value}' is not a date and time."),
    };
}

public sealed class DateOperationFilterInputGraphType() : ComparableOperationFilterInputGraphType<DateScalarGraphType, DateOnly>("DateOperationFilterInput", "a date")
{
    protected override DateOnly Convert(object value) => value switch
    {
        DateOnly date => date,
        DateTime time => DateOnly.FromDateTime(time),
        _ => throw FilterError.Invalid($"'{value}' is not a date."),
    };
}
