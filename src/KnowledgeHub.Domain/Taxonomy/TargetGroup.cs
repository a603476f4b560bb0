namespace KnowledgeHub.Domain.Taxonomy;

/// <summary>Whom an intervention is for: "småbørnsfamilier", "unge med adfærdsproblemer", ...</summary>
public sealed class TargetGroup
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public required string EnglishName { get; set; }
    public string? Description { get; set; }
    public int? AgeMin { get; set; }
    public int? AgeMax { get; set; }
}
