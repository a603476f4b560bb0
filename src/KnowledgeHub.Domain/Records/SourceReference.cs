namespace KnowledgeHub.Domain.Records;

/// <summary>The single source behind a fact that is not a record of its own (an assessment, an implementation).</summary>
public sealed class SourceReference
{
    public required string Title { get; set; }
    public required string Url { get; set; }
    public string? Publisher { get; set; }
    public string? Date { get; set; }
}
