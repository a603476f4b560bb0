using KnowledgeHub.GraphQL.DataLoading;
using KnowledgeHub.GraphQL.Paging;
using KnowledgeHub.Api.GraphQL.Paging;
using KnowledgeHub.Api.Records;
using KnowledgeHub.Domain.Places;
using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Api.Municipalities;

/// <summary>A municipality's records: linked in any role, or a family programme implemented there.</summary>
public static class MunicipalityRecords
{
    /// <summary>
    /// The pairs start from the links (read through their municipality indexes) and join the
    /// records by key. Starting from the records, with an EXISTS test per link kind, made every
    /// parent test every record: 50 municipalities over 10,000 records were a million probes.
    /// </summary>
    public static readonly ChildSource<Municipality, Record> Source = new(
        (db, ids) => db.Municipalities.Where(m => ids.Contains(m.Id)),
        m => m.Id,
        (db, ids, reader) =>
            from link in db.MunicipalityRecordLinks
            where ids.Contains(link.MunicipalityId)
            join r in db.Records.VisibleTo(reader) on link.RecordId equals r.Id
            select new Keyed<Record> { Key = link.MunicipalityId, Value = r },
        (db, reader) => db.Records.VisibleTo(reader),
        Cache: services => services.GetRequiredService<MunicipalityRecordPairs>());
}
