using KnowledgeHub.Data;
using KnowledgeHub.Domain.Access;
using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Api.Records;

/// <summary>The records of a child connection's page, by id, as the reader may see them.</summary>
public static class RecordsById
{
    public static IQueryable<Record> For(KnowledgeHubDbContext db, IReadOnlyCollection<int> ids, Actor reader) =>
        db.Records.VisibleTo(reader).Where(r => ids.Contains(r.Id));
}
