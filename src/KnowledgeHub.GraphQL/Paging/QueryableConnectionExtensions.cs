using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KnowledgeHub.GraphQL.Paging;

public static class QueryableConnectionExtensions
{
    /// <summary>
    /// A root cursor connection over an EF query, each page read on its own context from the
    /// registered <see cref="IDbContextFactory{TContext}"/> (unordered: the <c>order</c> argument orders it);
    /// <paramref name="selectedColumns"/>: the rows with only the columns the nodes' fields read (<see cref="SelectedColumns"/>).
    /// </summary>
    public static ConnectionField<TEntity> QueryableConnection<TContext, TSource, TNodeType, TEntity>(
        this ComplexGraphType<TSource> type, string name, string description,
        Func<IResolveFieldContext<TSource>, TContext, IQueryable<TEntity>> query,
        bool selectedColumns = false)
        where TContext : DbContext
        where TNodeType : IGraphType
        where TEntity : class
    {
        var field = type.Field<ConnectionGraphType<TNodeType>>(name).Description(description);
        PagingArguments.AddTo(field).ResolveAsync(async context =>
        {
            var services = context.RequestServices!;
            var request = PageRequest<TEntity>.From(context, services.GetRequiredService<IOptions<PagingOptions>>().Value);
            // The count runs after this resolver has returned, when GraphQL.NET may have reused the
            // context for another field: the query gets a copy that stays as it is.
            var stable = context.Copy();
            return await QueryablePager.PageAsync(services.GetRequiredService<IDbContextFactory<TContext>>(), db => query(stable, db), request,
                selectedColumns ? SelectedColumns.NodeFields(context) : null, context.CancellationToken);
        });
        return new ConnectionField<TEntity>(field.FieldType);
    }
}
