namespace KnowledgeHub.Domain.Records;

public enum OrganisationRole
{
    Funder,
    Evaluator,
    Developer,
    Provider,
    Partner,
}
