namespace KnowledgeHub.Domain.Organisations;

public enum OrganisationKind
{
    GovernmentAgency,
    Ministry,
    ResearchInstitute,
    MunicipalAssociation,
    Municipality,
    Region,
    UniversityCollege,
    University,
    Consultancy,
    Provider,
    NonProfit,
    Other,
}
