using System.Linq.Expressions;
using KnowledgeHub.GraphQL.Filtering;

namespace KnowledgeHub.GraphQL.Sorting;

/// <summary>
/// A complete order over <typeparamref name="T"/>: the client's keys and a unique last key.
/// Applies to a query of rows that carry a <typeparamref name="T"/> (the entity itself, or a
/// parent-keyed row in a batched child connection). Missing values sort last in both
/// directions, the same on every database, because keyset cursors depend on it.
/// </summary>
public sealed class Ordering<T>(ParameterExpression parameter, IReadOnlyList<SortKey> keys)
{
    public IReadOnlyList<SortKey> Keys { get; } = keys;

    /// <summary>Names the order in cursors: a cursor made under one order is refused under another.</summary>
    public string Signature { get; } = string.Join(",", keys.Select(k => $"{k.Path}:{(k.Descending ? "DESC" : "ASC")}"));

    public IQueryable<TRow> Apply<TRow>(IQueryable<TRow> rows, Expression<Func<TRow, T>> node, bool reverse)
    {
        var row = node.Parameters[0];
        var first = true;
        foreach (var key in On(node))
        {
            if (key.Nullable)
            {
                // false < true: rows with a value first, then the missing ones (reversed: the other way).
                rows = OrderBy(rows, Expression.Lambda(Expression.Equal(key.Key, Expression.Constant(null, key.Key.Type)), row), reverse, first);
                first = false;
            }

            rows = OrderBy(rows, Expression.Lambda(key.Key, row), key.Descending != reverse, first);
            first = false;
        }

        return rows;
    }

    /// <summary>Only the key values, for a page whose rows are read afterwards by their unique key.</summary>
    public Expression<Func<TRow, object?[]>> KeyValues<TRow>(Expression<Func<TRow, T>> node) =>
        Expression.Lambda<Func<TRow, object?[]>>(
            Expression.NewArrayInit(typeof(object), On(node).Select(k => (Expression)Expression.Convert(k.Key, typeof(object)))), node.Parameters);

    /// <summary>Rows whose unique key (the order's last) is one of <paramref name="ids"/>, sent as one parameter.</summary>
    public Expression<Func<T, bool>> UniqueKeyIn(IReadOnlyCollection<int> ids) =>
        Expression.Lambda<Func<T, bool>>(
            Expression.Call(new Func<IEnumerable<int>, int, bool>(Enumerable.Contains).Method,
                Expression.Property(Expression.Constant(new IdList(ids)), nameof(IdList.Ids)), Keys[^1].Key),
            parameter);

    /// <summary>
    /// A row's unique key, compiled once per row type: every order of a type ends with the same
    /// unique key (its sort input type declares one).
    /// </summary>
    public Func<T, int> UniqueKeyOf => s_uniqueKey ??= Expression.Lambda<Func<T, int>>(Keys[^1].Key, parameter).Compile();

    private static Func<T, int>? s_uniqueKey;

    /// <summary>The ids as a closure-like member, which EF Core sends as a parameter (a constant would make a new query plan per page).</summary>
    private sealed record IdList(IReadOnlyCollection<int> Ids);

    /// <summary>The rows strictly after (or before) the row whose key values a cursor carries.</summary>
    public Expression<Func<TRow, bool>> Beyond<TRow>(Expression<Func<TRow, T>> node, IReadOnlyList<object?> values, bool before) =>
        Expression.Lambda<Func<TRow, bool>>(KeysetPredicate.Build(On(node), values, before), node.Parameters);

    /// <summary>The keys rewritten over the row type.</summary>
    private IEnumerable<SortKey> On<TRow>(Expression<Func<TRow, T>> node) =>
        Keys.Select(k => k with { Key = FilterExpressions.Replace(k.Key, parameter, node.Body) });

    /// <summary>Looked up once: a lookup by name copies all of <see cref="Queryable"/>'s methods into a new array (1.7 KB a page).</summary>
    private static readonly Dictionary<string, System.Reflection.MethodInfo> s_orderBy = typeof(Queryable).GetMethods()
        .Where(m => m.Name is nameof(Queryable.OrderBy) or nameof(Queryable.OrderByDescending) or nameof(Queryable.ThenBy) or nameof(Queryable.ThenByDescending)
            && m.GetParameters().Length == 2).ToDictionary(m => m.Name);

    private static IQueryable<TRow> OrderBy<TRow>(IQueryable<TRow> rows, LambdaExpression key, bool descending, bool first)
    {
        var method = (first, descending) switch
        {
            (true, false) => nameof(Queryable.OrderBy),
            (true, true) => nameof(Queryable.OrderByDescending),
            (false, false) => nameof(Queryable.ThenBy),
            (false, true) => nameof(Queryable.ThenByDescending),
        };
        var call = Expression.Call(s_orderBy[method].MakeGenericMethod(typeof(TRow), key.ReturnType), rows.Expression, Expression.Quote(key));
        return rows.Provider.CreateQuery<TRow>(call);
    }
}

/// <summary>A row of a page and the values of its sort keys.</summary>
public sealed class PageRow<T>
{
    public required T Node { get; init; }
    public required object?[] Keys { get; init; }
}
