namespace KnowledgeHub.Domain.Cases;

/// <summary>The catalogue's areas: general, the authority (myndighed), providers (udfører), cross-disciplinary.</summary>
public enum CaseArea
{
    General,
    Authority,
    Provider,
    CrossDisciplinary,
}
