namespace KnowledgeHub.Domain.Records;

public enum RecordStatus
{
    Draft,
    Published,
    Archived,
}
