using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using KnowledgeHub.Api.GraphQL.DataLoading;
using KnowledgeHub.Data;
using Microsoft.Extensions.Options;

namespace KnowledgeHub.Api.GraphQL.Paging;

public static class ConnectionFieldExtensions
{
    /// <summary>
    /// A cursor connection over an EF query. The query must be ordered (with a unique
    /// tie-breaker) so that pages neither skip nor repeat rows.
    /// </summary>
    public static FieldBuilder<TSource, object> Connection<TSource, TNodeType, TEntity>(
        this ComplexGraphType<TSource> type, string name, string description,
        Func<IResolveFieldContext<TSource>, KnowledgeHubDbContext, IQueryable<TEntity>> query)
        where TNodeType : IGraphType
        where TEntity : class
    {
        var field = type.Field<ConnectionGraphType<TNodeType>>(name).Description(description);
        return PagingArguments.AddTo(field).ResolveAsync(async context =>
        {
            var options = context.RequestServices!.GetRequiredService<IOptions<PagingOptions>>().Value;
            var args = PagingArguments.From(context, options);
            // The count runs after this resolver has returned, when GraphQL.NET may have reused the
            // context for another field: the query gets a copy that stays as it is.
            var stable = context.Copy();
            return await QueryablePager.PageAsync(context.Contexts(), db => query(stable, db), args, options, name, context.CancellationToken);
        });
    }
}
