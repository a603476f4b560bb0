using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Domain.Publications;

/// <summary>An evaluation, report or guide that records cite.</summary>
public sealed class Publication
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public int? Year { get; set; }
    public PublicationKind Kind { get; set; }
    public string? Authors { get; set; }
    public int? PublisherId { get; set; }
    public Organisations.Organisation? Publisher { get; set; }
    public string? Url { get; set; }
    public string? Summary { get; set; }
    public required SourceReference Source { get; set; }
}
