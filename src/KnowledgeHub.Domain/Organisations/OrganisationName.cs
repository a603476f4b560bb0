namespace KnowledgeHub.Domain.Organisations;

public sealed class OrganisationName
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public required string Name { get; set; }
    public string? ValidFrom { get; set; }
    public string? ValidTo { get; set; }
}
