using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Domain.Places;

/// <summary>One of the 98 municipalities, by its official kommunekode ("0101" for København).</summary>
public sealed class Municipality
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public int RegionId { get; set; }
    public Region? Region { get; set; }
    public required SourceReference Source { get; set; }
}
