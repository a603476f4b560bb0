using GraphQL;
using KnowledgeHub.Api.GraphQL.DataLoading;
using KnowledgeHub.Domain.LegalBases;

namespace KnowledgeHub.Api.LegalBases;

public static class LegalBasisDataLoaders
{
    public static BatchLoader<int, LegalBasis?> LegalBasisById(this IResolveFieldContext c) =>
        c.ById("LegalBasis.byId", (db, ids) => db.LegalBases.Where(l => ids.Contains(l.Id)), l => l.Id);
}
