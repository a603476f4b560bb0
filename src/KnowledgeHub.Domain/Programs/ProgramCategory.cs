namespace KnowledgeHub.Domain.Programs;

public enum ProgramCategory
{
    Package,
    PoliticalAgreement,
    Programme,
    Initiative,
    Project,
    Advisory,
    Course,
    Phase,
}
