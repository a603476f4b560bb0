using GraphQL.Types;
using KnowledgeHub.GraphQL.Paging;
using KnowledgeHub.Api.GraphQL.Paging;
using KnowledgeHub.Api.Records;
using KnowledgeHub.Domain.Cases;

namespace KnowledgeHub.Api.Cases;

public static class InspirationCaseQueries
{
    public static void AddTo(ObjectGraphType query) =>
        query.Connection<object?, InspirationCaseGraphType, InspirationCase>(
            "inspirationCases", "Municipal cases from the inspiration catalogue.",
            (c, db) => db.InspirationCases.Visible(c))
            .UseFiltering<InspirationCaseFilterInputGraphType>().UseSorting<InspirationCaseSortInputGraphType>();
}
