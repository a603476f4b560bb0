using GraphQL;
using GraphQL.Types;
using KnowledgeHub.GraphQL.DataLoading;
using KnowledgeHub.Api.GraphQL.DataLoading;
using KnowledgeHub.GraphQL.Paging;
using KnowledgeHub.Api.GraphQL.Paging;
using KnowledgeHub.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeHub.Api.Themes;

public static class ThemeQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Connection<object?, ThemeGraphType, Theme>(
            "themes", "The theme taxonomy.", (_, db) => db.Themes)
            .UseFiltering<ThemeFilterInputGraphType>().UseSorting<ThemeSortInputGraphType>();

        query.Field<ThemeGraphType>("theme")
            .Description("A theme by its slug; null when there is none.")
            .Argument<NonNullGraphType<StringGraphType>>("slug", "The theme's slug.")
            .ResolveAsync(async c =>
            {
                var slug = c.GetArgument<string>("slug");
                return await c.ReadAsync((db, ct) => db.Themes.FirstOrDefaultAsync(t => t.Slug == slug, ct));
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TargetGroupGraphType>>>>("targetGroups")
            .Description("The target groups records refer to.")
            .ResolveAsync(async c => await c.ReadAsync((db, ct) => db.TargetGroups.OrderBy(t => t.Id).ToListAsync(ct)));
    }
}
