using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Domain.LegalBases;

/// <summary>A law and paragraph a record rests on, with the period it was in force (Serviceloven § 11 until 2023).</summary>
public sealed class LegalBasis
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Law { get; set; }
    public required string Paragraph { get; set; }
    public required string Title { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public string? Url { get; set; }
    public string? Note { get; set; }
    public required SourceReference Source { get; set; }
}
