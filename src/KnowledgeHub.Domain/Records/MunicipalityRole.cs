namespace KnowledgeHub.Domain.Records;

public enum MunicipalityRole
{
    /// <summary>Took part, with no more specific role known.</summary>
    Participant,
    Partner,
    Reference,
    Pilot,
    /// <summary>The municipality a case or an experience is about.</summary>
    Subject,
}
