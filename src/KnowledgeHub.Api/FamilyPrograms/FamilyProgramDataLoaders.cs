using GraphQL;
using KnowledgeHub.GraphQL.DataLoading;
using KnowledgeHub.Api.GraphQL.DataLoading;
using KnowledgeHub.Domain.FamilyPrograms;

namespace KnowledgeHub.Api.FamilyPrograms;

public static class FamilyProgramDataLoaders
{
    public static BatchLoader<int, IReadOnlyList<Implementation>> ImplementationsByRecord(this IResolveFieldContext c) =>
        c.ByParent("FamilyProgram.implementations", (db, ids) => db.Implementations.Where(i => ids.Contains(i.RecordId))
            .OrderBy(i => i.StartYear).ThenBy(i => i.Id)
            .Select(i => new Keyed<Implementation> { Key = i.RecordId, Value = i }));
}
