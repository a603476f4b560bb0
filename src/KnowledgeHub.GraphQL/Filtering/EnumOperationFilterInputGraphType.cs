using System.Linq.Expressions;
using GraphQL.Types;
using KnowledgeHub.GraphQL.Errors;

namespace KnowledgeHub.GraphQL.Filtering;

/// <summary>HotChocolate's <c>XOperationFilterInput</c> for an enum: eq, neq, in, nin.</summary>
public sealed class EnumOperationFilterInputGraphType<TEnum, TEnumGraphType> : InputObjectGraphType, IFilterInputType
    where TEnum : struct, Enum
    where TEnumGraphType : EnumerationGraphType<TEnum>
{
    public EnumOperationFilterInputGraphType(TEnumGraphType enumType)
    {
        Name = $"{enumType.Name}OperationFilterInput";
        Description = $"Conditions on a {enumType.Name} value.";
        Field<TEnumGraphType>("eq").Description("Equals (null: has no value).");
        Field<TEnumGraphType>("neq").Description("Does not equal.");
        Field<ListGraphType<NonNullGraphType<TEnumGraphType>>>("in").Description("Equals one of these.");
        Field<ListGraphType<NonNullGraphType<TEnumGraphType>>>("nin").Description("Equals none of these.");
    }

    public Expression Build(Expression target, IDictionary<string, object?> value, FilterBudget budget)
    {
        var nullable = typeof(TEnum?);
        var member = target.Type == nullable ? target : Expression.Convert(target, nullable);
        var parts = new List<Expression>();
        foreach (var (op, operand) in value)
        {
            budget.Spend();
            parts.Add(op switch
            {
                "eq" => Expression.Equal(member, FilterExpressions.Parameter(operand, nullable)),
                "neq" => Expression.NotEqual(member, FilterExpressions.Parameter(operand, nullable)),
                "in" or "nin" => FilterExpressions.In(member, operand, op, budget),
                _ => throw FilterError.Invalid($"Unknown enum operation `{op}`."),
            });
        }

        return FilterExpressions.AndAll(parts);
    }
}
