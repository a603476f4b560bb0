using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Domain.Organisations;

/// <summary>An agency, research institute, association, consultancy or provider.</summary>
public sealed class Organisation
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string? Abbreviation { get; set; }
    public OrganisationKind Kind { get; set; }
    public string? Url { get; set; }
    public string? Description { get; set; }

    /// <summary>Earlier and later names (Servicestyrelsen → Socialstyrelsen → Social- og Boligstyrelsen).</summary>
    public List<OrganisationName> Names { get; set; } = [];
    public required SourceReference Source { get; set; }
}
