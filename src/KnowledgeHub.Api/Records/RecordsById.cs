using KnowledgeHub.GraphQL.DataLoading;
using KnowledgeHub.Data;
using KnowledgeHub.Domain.Access;
using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Api.Records;

/// <summary>The records of a child connection's page, read by id once the page's ids are known.</summary>
public static class RecordsById
{
    public static IQueryable<Keyed<Record>> For(KnowledgeHubDbContext db, IReadOnlyCollection<int> ids, Actor reader) =>
        db.Records.VisibleTo(reader).Where(r => ids.Contains(r.Id)).Select(r => new Keyed<Record> { Key = r.Id, Value = r });
}
