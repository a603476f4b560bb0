namespace KnowledgeHub.Domain.FamilyPrograms;

/// <summary>
/// A common ordinal for comparing scales: each scale's levels map onto it (see docs/evidence.md).
/// The numeric values are the order used by "minimum evidence level" filters.
/// </summary>
public enum EvidenceLevel
{
    Unknown = 0,
    NoEffectShown = 1,
    Limited = 2,
    Moderate = 3,
    Good = 4,
    Strong = 5,
}
