namespace KnowledgeHub.Domain.Records;

/// <summary>A municipality's part in a record: partner, reference, the subject of a case, ...</summary>
public sealed class RecordMunicipality
{
    public int RecordId { get; set; }
    public Record? Record { get; set; }
    public int MunicipalityId { get; set; }
    public Places.Municipality? Municipality { get; set; }
    public MunicipalityRole Role { get; set; }
}
