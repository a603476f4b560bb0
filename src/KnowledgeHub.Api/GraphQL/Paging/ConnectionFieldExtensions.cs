using System.Linq.Expressions;
using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using KnowledgeHub.Api.GraphQL.DataLoading;
using KnowledgeHub.Data;
using Microsoft.Extensions.Options;

namespace KnowledgeHub.Api.GraphQL.Paging;

public static class ConnectionFieldExtensions
{
    /// <summary>A root cursor connection over an EF query (unordered: the <c>order</c> argument orders it).</summary>
    public static ConnectionField<TEntity> Connection<TSource, TNodeType, TEntity>(
        this ComplexGraphType<TSource> type, string name, string description,
        Func<IResolveFieldContext<TSource>, KnowledgeHubDbContext, IQueryable<TEntity>> query)
        where TNodeType : IGraphType
        where TEntity : class
    {
        var field = type.Field<ConnectionGraphType<TNodeType>>(name).Description(description);
        PagingArguments.AddTo(field).ResolveAsync(async context =>
        {
            var request = PageRequest<TEntity>.From(context, Options(context));
            return await QueryablePager.PageAsync(context.Contexts(), db => query(context, db), request, context.CancellationToken);
        });
        return new ConnectionField<TEntity>(field.FieldType);
    }

    /// <summary>
    /// A connection on each parent (a municipality's records): batched, so a list of parents
    /// costs a fixed number of queries however many parents and children there are.
    /// </summary>
    public static ConnectionField<TEntity> ChildConnection<TParent, TNodeType, TEntity>(
        this ComplexGraphType<TParent> type, string name, string description, ChildSource<TParent, TEntity> source)
        where TNodeType : IGraphType
    {
        var parentKey = source.ParentKey.Compile();
        var field = type.Field<ConnectionGraphType<TNodeType>>(name).Description(description);
        PagingArguments.AddTo(field).Resolve(context =>
        {
            var request = PageRequest<TEntity>.From(context, Options(context));
            // Parents asking with the same arguments share a batch; other aliases get their own.
            var batch = $"{request.Scope}|{JsonSerializer.Serialize(context.Arguments?.ToDictionary(a => a.Key, a => a.Value.Value))}";
            var pages = context.Batch<IReadOnlyList<Sorting.PageRow<TEntity>>>($"{batch}|page", [],
                (db, ids, ct) => ChildPager.PagesAsync(db, source, request, ids, ct));
            var key = parentKey(context.Source);
            return pages.Load(key).Then(rows => request.ToConnection(rows, () =>
                context.Batch($"{batch}|count", 0, (db, ids, ct) => ChildPager.CountsAsync(db, source, request.Filter, ids, ct)).Load(key)));
        });
        return new ConnectionField<TEntity>(field.FieldType);
    }

    private static PagingOptions Options(IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IOptions<PagingOptions>>().Value;
}
