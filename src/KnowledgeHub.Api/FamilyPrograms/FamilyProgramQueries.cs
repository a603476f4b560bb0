using GraphQL.Types;
using KnowledgeHub.GraphQL.Paging;
using KnowledgeHub.Api.GraphQL.Paging;
using KnowledgeHub.Api.Records;
using KnowledgeHub.Domain.FamilyPrograms;

namespace KnowledgeHub.Api.FamilyPrograms;

public static class FamilyProgramQueries
{
    public static void AddTo(ObjectGraphType query) =>
        query.Connection<object?, FamilyProgramGraphType, FamilyProgram>(
            "familyPrograms", "Evidence-based family programmes and their variants.",
            (c, db) => db.FamilyPrograms.Visible(c))
            .UseFiltering<FamilyProgramFilterInputGraphType>().UseSorting<FamilyProgramSortInputGraphType>();
}
