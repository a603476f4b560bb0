using KnowledgeHub.GraphQL.Paging;
using GraphQL;
using GraphQL.DataLoader;
using KnowledgeHub.Api.Access;
using KnowledgeHub.GraphQL.DataLoading;
using KnowledgeHub.Api.GraphQL.DataLoading;
using KnowledgeHub.GraphQL.Sorting;

namespace KnowledgeHub.Api.GraphQL.Paging;

/// <summary>
/// One child-connection field in one request: its arguments read once, and the two loaders
/// that fetch every parent's page and count together.
/// </summary>
public sealed class ChildBatch<TParent, T>
{
    private readonly PageRequest<T> _request;
    private readonly BatchLoader<int, IReadOnlyList<PageRow<T>>> _pages;
    private readonly BatchLoader<int, int> _counts;

    public ChildBatch(IResolveFieldContext context, ChildSource<TParent, T> source, PagingOptions options)
    {
        _request = PageRequest<T>.From(context, options);
        var contexts = context.Contexts();
        // Read now: GraphQL.NET reuses resolve contexts, and the loaders run later.
        var reader = context.Actor();
        // Unfiltered: the index counts; and when the unique key alone orders the page (no client order), it pages too.
        var counted = source.Index is { } indexOf && _request.Filter is null ? indexOf(context.RequestServices!) : null;
        var index = _request.Ordering.Keys.Count == 1 ? counted : null;
        _pages = new(async (ids, ct) =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            return index is null
                ? await ChildPager.PagesAsync(db, source, _request, ids, reader, ct)
                : await ChildPager.IndexedPagesAsync(db, source, index, _request, ids, reader, ct);
        }, []);
        _counts = new(async (ids, ct) =>
        {
            if (counted is not null)
            {
                return await counted.CountsAsync(ids, reader, ct);
            }

            await using var db = await contexts.CreateDbContextAsync(ct);
            return await ChildPager.CountsAsync(db, source, _request.Filter, ids, reader, ct);
        }, 0);
    }

    public IDataLoaderResult<Connection> Load(int parentKey) =>
        _pages.Load(parentKey).Then(rows => _request.ToConnection(rows, () => _counts.Load(parentKey)));
}
