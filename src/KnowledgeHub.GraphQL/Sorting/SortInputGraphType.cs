using System.Linq.Expressions;
using GraphQL.Types;
using KnowledgeHub.GraphQL.Errors;
using KnowledgeHub.GraphQL.Filtering;

namespace KnowledgeHub.GraphQL.Sorting;

/// <summary>
/// HotChocolate's <c>XSortInput</c>, declared explicitly: the fields users sort by, nested
/// objects, a default order, and a unique key that ends every order so pages are stable.
/// </summary>
public abstract class SortInputGraphType<T> : InputObjectGraphType, ISortInputType
{
    // Nullability is read once here, by reflection, not per request.
    private readonly Dictionary<string, (LambdaExpression Member, bool Nullable)> _members = new(StringComparer.Ordinal);
    private readonly List<(string Field, SortDirection Direction)> _defaultOrder = [];
    private LambdaExpression? _uniqueKey;

    protected SortInputGraphType(string name, string description)
    {
        Name = name;
        Description = description;
    }

    /// <summary>The client's <c>order</c> (or the default when it gives none), then the unique key.</summary>
    public Ordering<T> Ordering(IReadOnlyList<object?>? order)
    {
        var parameter = Expression.Parameter(typeof(T), "x");
        var keys = new List<SortKey>();
        var elements = order is { Count: > 0 }
            ? order.Select(e => FilterExpressions.AsObject(e, "order"))
            : _defaultOrder.Select(d => (IDictionary<string, object?>)new Dictionary<string, object?> { [d.Field] = d.Direction });
        foreach (var element in elements)
        {
            keys.AddRange(Keys(parameter, "", false, element));
        }

        if (keys.Count > 10)
        {
            throw OrderError.Invalid("An order may have at most 10 terms.");
        }

        var unique = _uniqueKey ?? throw new InvalidOperationException($"{Name} declares no unique key.");
        keys.Add(new SortKey("id", FilterExpressions.Apply(unique, parameter), Descending: false, Nullable: false));
        return new Ordering<T>(parameter, keys);
    }

    public IEnumerable<SortKey> Keys(Expression target, string prefix, bool nullablePath, IDictionary<string, object?> value)
    {
        // The fields of one element apply in the order written (SortArgument restores it).
        var set = value.Where(f => f.Value is not null).ToList();
        if (set.Count == 0)
        {
            throw OrderError.Invalid("Each element of `order` sets at least one field, e.g. [{ name: ASC }].");
        }

        foreach (var (name, operand) in set)
        {
            var (lambda, nullableMember) = _members[name];
            var member = FilterExpressions.Apply(lambda, target);
            var nullable = nullablePath || nullableMember;
            if (operand is SortDirection direction)
            {
                // A value reached through an optional object can be missing too: make room for null.
                if (nullable && member.Type.IsValueType && Nullable.GetUnderlyingType(member.Type) is null)
                {
                    member = Expression.Convert(member, typeof(Nullable<>).MakeGenericType(member.Type));
                }

                yield return new SortKey(prefix + name, member, direction == SortDirection.Desc, nullable);
                continue;
            }

            var nested = (ISortInputType)GetField(name)!.ResolvedType!;
            foreach (var key in nested.Keys(member, prefix + name + ".", nullable, FilterExpressions.AsObject(operand, name)))
            {
                yield return key;
            }
        }
    }

    protected void Field<TKey>(string name, Expression<Func<T, TKey>> key, string description)
    {
        _members.Add(name, (key, MemberNullability.IsNullable(key.Body)));
        AddField(new FieldType { Name = name, Type = typeof(SortEnumGraphType), Description = description });
    }

    /// <summary>Sorts by fields of a related object, e.g. a municipality by its region's name.</summary>
    protected void Object<TChild, TChildSort>(string name, Expression<Func<T, TChild?>> member, string description)
        where TChildSort : SortInputGraphType<TChild>
    {
        _members.Add(name, (member, MemberNullability.IsNullable(member.Body)));
        AddField(new FieldType { Name = name, Type = typeof(TChildSort), Description = description });
    }

    protected void UniqueKey(Expression<Func<T, int>> key) => _uniqueKey = key;

    protected void DefaultOrder(string field, SortDirection direction = SortDirection.Asc) => _defaultOrder.Add((field, direction));
}
