using GraphQL;
using KnowledgeHub.GraphQL.DataLoading;
using KnowledgeHub.Api.GraphQL.DataLoading;
using KnowledgeHub.Domain.Taxonomy;

namespace KnowledgeHub.Api.Themes;

public static class ThemeDataLoaders
{
    public static BatchLoader<int, Theme?> ThemeById(this IResolveFieldContext c) =>
        c.ById("Theme.byId", (db, ids) => db.Themes.Where(t => ids.Contains(t.Id)), t => t.Id);

    public static BatchLoader<int, TargetGroup?> TargetGroupById(this IResolveFieldContext c) =>
        c.ById("TargetGroup.byId", (db, ids) => db.TargetGroups.Where(t => ids.Contains(t.Id)), t => t.Id);

    public static BatchLoader<string, Theme?> ThemeBySlug(this IResolveFieldContext c) =>
        c.ByKey<string, Theme>("Theme.bySlug", (db, slugs) => db.Themes.Where(t => slugs.Contains(t.Slug)), t => t.Slug);

    public static BatchLoader<string, TargetGroup?> TargetGroupBySlug(this IResolveFieldContext c) =>
        c.ByKey<string, TargetGroup>("TargetGroup.bySlug", (db, slugs) => db.TargetGroups.Where(t => slugs.Contains(t.Slug)), t => t.Slug);
}
