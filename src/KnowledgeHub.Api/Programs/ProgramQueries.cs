using GraphQL.Types;
using KnowledgeHub.GraphQL.Paging;
using KnowledgeHub.Api.GraphQL.Paging;
using KnowledgeHub.Api.Records;
using KnowledgeHub.Domain.Programs;

namespace KnowledgeHub.Api.Programs;

public static class ProgramQueries
{
    public static void AddTo(ObjectGraphType query) =>
        query.Connection<object?, ProgramGraphType, InterventionProgram>(
            "programs", "National programmes, initiatives and sub-initiatives.",
            (c, db) => db.Programs.Visible(c))
            .UseFiltering<ProgramFilterInputGraphType>().UseSorting<ProgramSortInputGraphType>();
}
