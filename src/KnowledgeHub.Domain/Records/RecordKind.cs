namespace KnowledgeHub.Domain.Records;

public enum RecordKind
{
    Program,
    FamilyProgram,
    InspirationCase,
    MunicipalExperience,
}
