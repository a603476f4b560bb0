using GraphQL;
using KnowledgeHub.GraphQL.DataLoading;
using KnowledgeHub.Api.GraphQL.DataLoading;
using KnowledgeHub.Domain.LegalBases;

namespace KnowledgeHub.Api.LegalBases;

public static class LegalBasisDataLoaders
{
    public static BatchLoader<int, LegalBasis?> LegalBasisById(this IResolveFieldContext c) =>
        c.ById("LegalBasis.byId", (db, ids) => db.LegalBases.Where(l => ids.Contains(l.Id)), l => l.Id);

    public static BatchLoader<string, LegalBasis?> LegalBasisBySlug(this IResolveFieldContext c) =>
        c.ByKey<string, LegalBasis>("LegalBasis.bySlug", (db, slugs) => db.LegalBases.Where(l => slugs.Contains(l.Slug)), l => l.Slug);
}
