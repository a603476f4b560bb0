using KnowledgeHub.GraphQL.Paging;
using GraphQL;
using GraphQL.Types;
using KnowledgeHub.GraphQL.DataLoading;
using KnowledgeHub.Api.GraphQL.DataLoading;
using KnowledgeHub.Data;
using Microsoft.Extensions.Options;

namespace KnowledgeHub.Api.GraphQL.Paging;

public static class ConnectionFieldExtensions
{
    /// <summary>A root cursor connection over a query of this API's database (unordered: the <c>order</c> argument orders it).</summary>
    public static ConnectionField<TEntity> Connection<TSource, TNodeType, TEntity>(
        this ComplexGraphType<TSource> type, string name, string description,
        Func<IResolveFieldContext<TSource>, KnowledgeHubDbContext, IQueryable<TEntity>> query, bool selectedColumns = false)
        where TNodeType : IGraphType
        where TEntity : class =>
        type.QueryableConnection<KnowledgeHubDbContext, TSource, TNodeType, TEntity>(name, description, query, selectedColumns);

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
        PagingArguments.AddTo(field).Resolve(context => context.Registry()
            .ForField(context.FieldAst, () => new ChildBatch<TParent, TEntity>(context, source, Options(context)))
            .Load(parentKey(context.Source)));
        return new ConnectionField<TEntity>(field.FieldType);
    }

    private static PagingOptions Options(IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IOptions<PagingOptions>>().Value;
}
