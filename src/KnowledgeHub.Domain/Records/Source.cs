namespace KnowledgeHub.Domain.Records;

/// <summary>Where a record's facts come from; every record has at least one.</summary>
public sealed class Source
{
    public int Id { get; set; }
    public int RecordId { get; set; }
    public int Position { get; set; }
    public required string Title { get; set; }
    public required string Url { get; set; }
    public string? Publisher { get; set; }

    /// <summary>ISO 8601, as precise as the source is: "2019", "2019-05" or "2019-05-16".</summary>
    public string? Date { get; set; }
}
