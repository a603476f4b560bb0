using GraphQL;
using KnowledgeHub.GraphQL.DataLoading;
using KnowledgeHub.Api.GraphQL.DataLoading;
using KnowledgeHub.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeHub.Api.Organisations;

public static class OrganisationDataLoaders
{
    public static BatchLoader<int, Organisation?> OrganisationById(this IResolveFieldContext c) =>
        c.ById("Organisation.byId", (db, ids) => db.Organisations.Include(o => o.Names.OrderBy(n => n.Id)).Where(o => ids.Contains(o.Id)), o => o.Id);

    public static BatchLoader<string, Organisation?> OrganisationBySlug(this IResolveFieldContext c) =>
        c.ByKey<string, Organisation>("Organisation.bySlug",
            (db, slugs) => db.Organisations.Include(o => o.Names.OrderBy(n => n.Id)).Where(o => slugs.Contains(o.Slug)), o => o.Slug);
}
