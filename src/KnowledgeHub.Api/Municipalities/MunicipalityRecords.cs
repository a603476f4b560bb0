using KnowledgeHub.Api.GraphQL.DataLoading;
using KnowledgeHub.Api.GraphQL.Paging;
using KnowledgeHub.Api.Records;
using KnowledgeHub.Domain.Places;
using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Api.Municipalities;

/// <summary>A municipality's records: linked in any role, or a family programme implemented there.</summary>
public static class MunicipalityRecords
{
    public static readonly ChildSource<Municipality, Record> Source = new(
        (db, ids) => db.Municipalities.Where(m => ids.Contains(m.Id)),
        m => m.Id,
        (db, ids, reader) =>
            from m in db.Municipalities
            where ids.Contains(m.Id)
            from r in db.Records.VisibleTo(reader)
            where r.Municipalities.Any(l => l.MunicipalityId == m.Id) || db.Implementations.Any(i => i.RecordId == r.Id && i.MunicipalityId == m.Id)
            select new Keyed<Record> { Key = m.Id, Value = r });
}
