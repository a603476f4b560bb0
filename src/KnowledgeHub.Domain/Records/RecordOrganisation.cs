namespace KnowledgeHub.Domain.Records;

public sealed class RecordOrganisation
{
    public int RecordId { get; set; }
    public Record? Record { get; set; }
    public int OrganisationId { get; set; }
    public Organisations.Organisation? Organisation { get; set; }
    public OrganisationRole Role { get; set; }
}
