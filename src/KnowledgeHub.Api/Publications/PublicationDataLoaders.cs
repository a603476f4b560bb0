using GraphQL;
using KnowledgeHub.GraphQL.DataLoading;
using KnowledgeHub.Api.GraphQL.DataLoading;
using KnowledgeHub.Domain.Publications;

namespace KnowledgeHub.Api.Publications;

public static class PublicationDataLoaders
{
    public static BatchLoader<int, Publication?> PublicationById(this IResolveFieldContext c) =>
        c.ById("Publication.byId", (db, ids) => db.Publications.Where(p => ids.Contains(p.Id)), p => p.Id);

    public static BatchLoader<string, Publication?> PublicationBySlug(this IResolveFieldContext c) =>
        c.ByKey<string, Publication>("Publication.bySlug", (db, slugs) => db.Publications.Where(p => slugs.Contains(p.Slug)), p => p.Slug);
}
