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
        var nodeFields = SelectedColumns.NodeFields(context);
        var keys = source.Keys(context.RequestServices!);
        _pages = new(async (ids, ct) =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            return await ChildPager.PagesAsync(db, source, keys, _request, ids, reader, nodeFields, ct);
        }, []);
        _counts = new(async (ids, ct) =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            return await keys.CountsAsync(db, _request.Filter, ids, reader, ct);
        }, 0);
    }

    public IDataLoaderResult<Connection> Load(int parentKey) =>
        _pages.Load(parentKey).Then(rows => _request.ToConnection(rows, () => _counts.Load(parentKey)));
}
