using System.Linq.Expressions;
using GraphQL.Types;

namespace KnowledgeHub.GraphQL.Filtering;

/// <summary>HotChocolate's <c>ListFilterInputTypeOfXFilterInput</c>: some, all, none, any over a list's items.</summary>
public sealed class ListFilterInputGraphType<TChild, TChildFilter> : InputObjectGraphType, IFilterInputType
    where TChildFilter : FilterInputGraphType<TChild>
{
    public ListFilterInputGraphType(TChildFilter items)
    {
        Name = $"ListFilterInputTypeOf{items.Name}";
        Description = $"Conditions on a list of {items.Name.Replace("FilterInput", "", StringComparison.Ordinal)} items.";
        Field<TChildFilter>("all").Description("Every item matches (true for an empty list).");
        Field<TChildFilter>("none").Description("No item matches.");
        Field<TChildFilter>("some").Description("At least one item matches.");
        Field<BooleanGraphType>("any").Description("true: the list has items; false: it is empty.");
    }

    public Expression Build(Expression target, IDictionary<string, object?> value, FilterBudget budget)
    {
        var parts = new List<Expression>();
        foreach (var (name, operand) in value)
        {
            if (operand is null)
            {
                continue;
            }

            budget.Spend();
            if (name == "any")
            {
                var any = Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [typeof(TChild)], target);
                parts.Add((bool)operand ? any : Expression.Not(any));
                continue;
            }

            var item = Expression.Parameter(typeof(TChild), "item");
            var filter = (TChildFilter)GetField(name)!.ResolvedType!;
            var predicate = Expression.Lambda(filter.Build(item, FilterExpressions.AsObject(operand, name), budget), item);
            var method = name == "all" ? nameof(Enumerable.All) : nameof(Enumerable.Any);
            var call = Expression.Call(typeof(Enumerable), method, [typeof(TChild)], target, predicate);
            parts.Add(name == "none" ? Expression.Not(call) : call);
        }

        return FilterExpressions.AndAll(parts);
    }
}
