using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Domain.Places;

/// <summary>One of Denmark's five regions, by its official code (1081–1085).</summary>
public sealed class Region
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public List<Municipality> Municipalities { get; set; } = [];
    public required SourceReference Source { get; set; }
}
