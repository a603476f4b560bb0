using System.Linq.Expressions;
using GraphQL.Types;
using KnowledgeHub.GraphQL.Errors;

namespace KnowledgeHub.GraphQL.Filtering;

/// <summary>
/// HotChocolate's <c>StringOperationFilterInput</c>. eq/neq/in/nin compare exactly (slugs,
/// codes); contains/startsWith/endsWith and their negations ignore case, Danish letters
/// included, because that is what people typing part of a name expect.
/// </summary>
public sealed class StringOperationFilterInputGraphType : InputObjectGraphType, IFilterInputType
{
    private readonly ITextFolding _folding;

    public StringOperationFilterInputGraphType(ITextFolding folding)
    {
        _folding = folding;
        Name = "StringOperationFilterInput";
        Description = "Conditions on a text field. contains, startsWith and endsWith (and their negations) ignore case.";
        Field<ListGraphType<NonNullGraphType<StringOperationFilterInputGraphType>>>("and").Description("All of these conditions hold.");
        Field<ListGraphType<NonNullGraphType<StringOperationFilterInputGraphType>>>("or").Description("At least one of these conditions holds.");
        Field<StringGraphType>("eq").Description("Equals, exactly (null: has no value).");
        Field<StringGraphType>("neq").Description("Does not equal, exactly.");
        Field<StringGraphType>("contains").Description("Contains the text, ignoring case.");
        Field<StringGraphType>("ncontains").Description("Does not contain the text, ignoring case (a missing value does not contain it).");
        Field<ListGraphType<StringGraphType>>("in").Description("Equals one of these, exactly.");
        Field<ListGraphType<StringGraphType>>("nin").Description("Equals none of these, exactly.");
        Field<StringGraphType>("startsWith").Description("Starts with the text, ignoring case.");
        Field<StringGraphType>("nstartsWith").Description("Does not start with the text, ignoring case.");
        Field<StringGraphType>("endsWith").Description("Ends with the text, ignoring case.");
        Field<StringGraphType>("nendsWith").Description("Does not end with the text, ignoring case.");
    }

    public Expression Build(Expression target, IDictionary<string, object?> value, FilterBudget budget)
    {
        var parts = new List<Expression>();
        foreach (var (op, operand) in value)
        {
            budget.Spend();
            parts.Add(op switch
            {
                "and" => FilterExpressions.AndAll(Nested(target, operand, op, budget)),
                "or" => FilterExpressions.OrAll(Nested(target, operand, op, budget)),
                "eq" => Expression.Equal(target, FilterExpressions.Parameter(operand, typeof(string))),
                "neq" => Expression.NotEqual(target, FilterExpressions.Parameter(operand, typeof(string))),
                "in" or "nin" => FilterExpressions.In(target, operand, op, budget),
                "contains" => Matches(target, nameof(string.Contains), operand, op),
                "ncontains" => Expression.Not(Matches(target, nameof(string.Contains), operand, op)),
                "startsWith" => Matches(target, nameof(string.StartsWith), operand, op),
                "nstartsWith" => Expression.Not(Matches(target, nameof(string.StartsWith), operand, op)),
                "endsWith" => Matches(target, nameof(string.EndsWith), operand, op),
                "nendsWith" => Expression.Not(Matches(target, nameof(string.EndsWith), operand, op)),
                _ => throw FilterError.Invalid($"Unknown string operation `{op}`."),
            });
        }

        return FilterExpressions.AndAll(parts);
    }

    private List<Expression> Nested(Expression target, object? operand, string op, FilterBudget budget) =>
        FilterExpressions.AsList(operand, op).Select(item => Build(target, FilterExpressions.AsObject(item, op), budget)).ToList();

    /// <summary>
    /// fold(column) contains/starts/ends with fold(value); a missing value never matches, so
    /// its negation does. Written out so that every provider gives the same answer for nulls.
    /// </summary>
    private Expression Matches(Expression target, string method, object? operand, string op)
    {
        if (operand is not string text)
        {
            throw FilterError.Invalid($"`{op}` needs a text, not null.");
        }

        var call = Expression.Call(_folding.Fold(target), typeof(string).GetMethod(method, [typeof(string)])!,
            FilterExpressions.Parameter(_folding.Fold(text), typeof(string)));
        return Expression.AndAlso(Expression.NotEqual(target, Expression.Constant(null, typeof(string))), call);
    }
}
