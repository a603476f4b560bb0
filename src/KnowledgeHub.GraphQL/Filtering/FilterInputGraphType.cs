using System.Linq.Expressions;
using GraphQL.Types;

namespace KnowledgeHub.GraphQL.Filtering;

/// <summary>
/// HotChocolate's <c>XFilterInput</c>, declared explicitly: each filterable field names the
/// member it reads and the operation input that applies to it; <c>and</c>/<c>or</c> come with
/// every type. The parsed <c>where</c> value becomes one expression EF Core translates to SQL.
/// </summary>
public abstract class FilterInputGraphType<T> : InputObjectGraphType, IFilterInputType
{
    private readonly Dictionary<string, LambdaExpression> _members = new(StringComparer.Ordinal);

    protected FilterInputGraphType(string name, string description)
    {
        Name = name;
        Description = description;
        var self = typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(GetType()));
        AddField(new FieldType { Name = "and", Type = self, Description = "All of these conditions hold." });
        AddField(new FieldType { Name = "or", Type = self, Description = "At least one of these conditions holds." });
    }

    /// <summary>The whole <c>where</c> value as a predicate over <typeparamref name="T"/>.</summary>
    public Expression<Func<T, bool>> Predicate(IDictionary<string, object?> value)
    {
        var parameter = Expression.Parameter(typeof(T), "x");
        return Expression.Lambda<Func<T, bool>>(Build(parameter, value, new FilterBudget()), parameter);
    }

    public Expression Build(Expression target, IDictionary<string, object?> value, FilterBudget budget)
    {
        var parts = new List<Expression>();
        foreach (var (name, fieldValue) in value)
        {
            if (name is "and" or "or")
            {
                var items = FilterExpressions.AsList(fieldValue, name)
                    .Select(item => Build(target, FilterExpressions.AsObject(item, name), budget)).ToList();
                parts.Add(name == "and" ? FilterExpressions.AndAll(items) : FilterExpressions.OrAll(items));
            }
            else if (fieldValue is not null)
            {
                // A field set to null adds no condition, as in HotChocolate.
                var operations = (IFilterInputType)GetField(name)!.ResolvedType!;
                var member = FilterExpressions.Apply(_members[name], target);
                parts.Add(operations.Build(member, FilterExpressions.AsObject(fieldValue, name), budget));
            }
        }

        return FilterExpressions.AndAll(parts);
    }

    protected void String(string name, Expression<Func<T, string?>> member, string description) =>
        Add<StringOperationFilterInputGraphType>(name, member, description);

    protected void Int(string name, Expression<Func<T, int?>> member, string description) =>
        Add<IntOperationFilterInputGraphType>(name, member, description);

    protected void Long(string name, Expression<Func<T, long?>> member, string description) =>
        Add<LongOperationFilterInputGraphType>(name, member, description);

    protected void DateTime(string name, Expression<Func<T, DateTime>> member, string description) =>
        Add<DateTimeOperationFilterInputGraphType>(name, member, description);

    protected void Date(string name, Expression<Func<T, DateOnly?>> member, string description) =>
        Add<DateOperationFilterInputGraphType>(name, member, description);

    protected void Enum<TEnum, TEnumGraphType>(string name, Expression<Func<T, TEnum?>> member, string description)
        where TEnum : struct, System.Enum
        where TEnumGraphType : EnumerationGraphType<TEnum> =>
        Add<EnumOperationFilterInputGraphType<TEnum, TEnumGraphType>>(name, member, description);

    /// <summary>A nested object, filtered by its own filter input (a null object matches nothing).</summary>
    protected void Object<TChild, TChildFilter>(string name, Expression<Func<T, TChild?>> member, string description)
        where TChildFilter : FilterInputGraphType<TChild> => Add<TChildFilter>(name, member, description);

    /// <summary>A list, filtered with some/all/none/any over its items' filter input.</summary>
    protected void List<TChild, TChildFilter>(string name, Expression<Func<T, IEnumerable<TChild>>> member, string description)
        where TChildFilter : FilterInputGraphType<TChild> => Add<ListFilterInputGraphType<TChild, TChildFilter>>(name, member, description);

    private void Add<TOperations>(string name, LambdaExpression member, string description)
    {
        _members.Add(name, member);
        AddField(new FieldType { Name = name, Type = typeof(TOperations), Description = description });
    }
}
