using GraphQL.Types;
using KnowledgeHub.GraphQL.DataLoading;
using KnowledgeHub.Api.GraphQL.DataLoading;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeHub.Api.LegalBases;

public static class LegalBasisQueries
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LegalBasisGraphType>>>>("legalBases")
            .Description("The laws and paragraphs records rest on, oldest first.")
            .ResolveAsync(async c => await c.ReadAsync((db, ct) => db.LegalBases.OrderBy(l => l.ValidFrom).ThenBy(l => l.Id).ToListAsync(ct)));
}
