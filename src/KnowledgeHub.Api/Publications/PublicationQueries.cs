using GraphQL.Types;
using KnowledgeHub.GraphQL.Paging;
using KnowledgeHub.Api.GraphQL.Paging;
using KnowledgeHub.Domain.Publications;

namespace KnowledgeHub.Api.Publications;

public static class PublicationQueries
{
    public static void AddTo(ObjectGraphType query) =>
        query.Connection<object?, PublicationGraphType, Publication>(
            "publications", "Evaluations, reports and guides, newest first.",
            (_, db) => db.Publications)
            .UseFiltering<PublicationFilterInputGraphType>().UseSorting<PublicationSortInputGraphType>();
}
