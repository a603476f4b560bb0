namespace KnowledgeHub.Domain.Records;

public enum ChangeAction
{
    Created,
    Updated,
    Deleted,
    Published,
    Unpublished,
    Archived,
}
