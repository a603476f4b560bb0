using GraphQL;
using KnowledgeHub.GraphQL.DataLoading;
using KnowledgeHub.Api.GraphQL.DataLoading;
using KnowledgeHub.Api.Records;
using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Api.Changes;

public static class ChangeDataLoaders
{
    /// <summary>Records as anonymous readers see them, whoever asks: the change feed is the public view.</summary>
    public static BatchLoader<int, Record?> PublicRecordById(this IResolveFieldContext c) =>
        c.ById("Record.publicById", (db, ids) => db.Records.Visible().Where(r => ids.Contains(r.Id)), r => r.Id);
}
