using GraphQL.Types;
using KnowledgeHub.GraphQL.Paging;
using KnowledgeHub.Api.GraphQL.Paging;
using KnowledgeHub.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeHub.Api.Organisations;

public static class OrganisationQueries
{
    public static void AddTo(ObjectGraphType query) =>
        query.Connection<object?, OrganisationGraphType, Organisation>(
            "organisations", "Agencies, institutes, associations, consultancies and providers.",
            (_, db) => db.Organisations.Include(o => o.Names.OrderBy(n => n.Id)))
            .UseFiltering<OrganisationFilterInputGraphType>().UseSorting<OrganisationSortInputGraphType>();
}
