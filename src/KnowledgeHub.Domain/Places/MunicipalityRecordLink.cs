namespace KnowledgeHub.Domain.Places;

/// <summary>
/// That a record involves a municipality: linked in any role, or a family programme implemented
/// there; one row per pair. Read-only, a query over the two link tables, so the pairs of many
/// municipalities are read through their indexes instead of testing every record.
/// </summary>
public sealed class MunicipalityRecordLink
{
    public int MunicipalityId { get; init; }

    public int RecordId { get; init; }
}
