using KnowledgeHub.GraphQL.Scalars;
using GraphQL.Types;
using KnowledgeHub.GraphQL.Errors;

namespace KnowledgeHub.GraphQL.Filtering;

/// <summary>HotChocolate's comparable operation inputs (<c>IntOperationFilterInput</c>, ...): equality, lists and ordering.</summary>
public abstract class ComparableOperationFilterInputGraphType<TScalar, TValue> : OperationFilterInputGraphType<TValue>
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
