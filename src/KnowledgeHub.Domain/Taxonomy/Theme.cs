namespace KnowledgeHub.Domain.Taxonomy;

/// <summary>A theme of the taxonomy, named in Danish with an English label.</summary>
public sealed class Theme
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public required string EnglishName { get; set; }
    public string? Description { get; set; }
    public int? ParentId { get; set; }
    public Theme? Parent { get; set; }
}
