using System.Linq.Expressions;
using GraphQL;
using GraphQL.DataLoader;
using KnowledgeHub.GraphQL.Filtering;
using KnowledgeHub.GraphQL.Sorting;

namespace KnowledgeHub.GraphQL.Paging;

/// <summary>
/// One connection field's arguments, checked and turned into query parts before any query runs:
/// the filter, the order, the cursors' key values and the page size and direction.
/// </summary>
public sealed class PageRequest<T>
{
    private PageRequest(string scope, Ordering<T> ordering, Expression<Func<T, bool>>? filter, PagingArguments args, int size)
    {
        Scope = scope;
        Ordering = ordering;
        Filter = filter;
        Backward = args.Last is not null;
        Size = size;
        After = args.After is null ? null : KeysetCursor.Decode(scope, args.After, ordering.Keys);
        Before = args.Before is null ? null : KeysetCursor.Decode(scope, args.Before, ordering.Keys);
    }

    public string Scope { get; }
    public Ordering<T> Ordering { get; }
    public Expression<Func<T, bool>>? Filter { get; }
    public bool Backward { get; }
    public int Size { get; }
    public IReadOnlyList<object?>? After { get; }
    public IReadOnlyList<object?>? Before { get; }

    public static PageRequest<T> From(IResolveFieldContext context, PagingOptions options)
    {
        var args = PagingArguments.From(context, options);
        var sort = SortArgument.InputType<T>(context);
        var ordering = sort.Ordering(SortArgument.Value(context));
        var scope = $"{context.ParentType.Name}.{context.FieldDefinition.Name}|{ordering.Signature}";
        return new PageRequest<T>(scope, ordering, FilterArgument.Predicate<T>(context), args, args.Last ?? args.First ?? options.DefaultPageSize);
    }

    /// <summary>The rows the filter and the cursors allow, in no particular order.</summary>
    public IQueryable<TRow> Window<TRow>(IQueryable<TRow> rows, Expression<Func<TRow, T>> node)
    {
        if (Filter is not null)
        {
            rows = rows.Where(Expression.Lambda<Func<TRow, bool>>(FilterExpressions.Apply(Filter, node.Body), node.Parameters));
        }

        if (After is not null)
        {
            rows = rows.Where(Ordering.Beyond(node, After, before: false));
        }

        return Before is null ? rows : rows.Where(Ordering.Beyond(node, Before, before: true));
    }

    /// <summary>One more row than the page holds, from the front (or the back, for <c>last</c>), as sort-key values only (the unique key last).</summary>
    public IQueryable<object?[]> PageKeys<TRow>(IQueryable<TRow> window, Expression<Func<TRow, T>> node) =>
        Ordering.Apply(window, node, reverse: Backward).Take(Size + 1).Select(Ordering.KeyValues(node));

    public Connection ToConnection(IReadOnlyList<PageRow<T>> rows, Func<IDataLoaderResult<int>> count)
    {
        var more = rows.Count > Size;
        var page = rows.Take(Size).ToList();
        if (Backward)
        {
            page.Reverse();
        }

        // Most pages select nodes, not cursors: each cursor (pageInfo's too) is encoded when read,
        // under one hash of the scope, made when the first is read.
        string? scope = null;
        Func<IReadOnlyList<object?>, string> encode = keys => KeysetCursor.EncodeHashed(scope ??= KeysetCursor.HashScope(Scope), keys);
        var edges = page.ConvertAll(r => new Edge(encode, r.Keys, r.Node!));
        var pageInfo = new PageInfo(
            hasNextPage: Backward ? Before is not null : more,
            hasPreviousPage: Backward ? more : After is not null,
            () => edges.FirstOrDefault()?.Cursor,
            () => edges.LastOrDefault()?.Cursor);
        return new Connection(edges, pageInfo, count);
    }
}
