namespace KnowledgeHub.Domain.FamilyPrograms;

/// <summary>
/// How each registry's levels map onto <see cref="EvidenceLevel"/>, so that assessments on
/// different scales can be compared and filtered. A published evaluation has no scale of its
/// own: its normalised level is an editor's reading and is not derived here.
/// </summary>
public static class EvidenceLevelMapping
{
    private static readonly Dictionary<(EvidenceScale, string), EvidenceLevel> Levels = new()
    {
        [(EvidenceScale.DanishKnowledgeDeclaration, "A")] = EvidenceLevel.Strong,
        [(EvidenceScale.DanishKnowledgeDeclaration, "B")] = EvidenceLevel.Good,
        [(EvidenceScale.DanishKnowledgeDeclaration, "C")] = EvidenceLevel.Moderate,
        [(EvidenceScale.DanishKnowledgeDeclaration, "D")] = EvidenceLevel.Limited,
        [(EvidenceScale.Blueprints, "Model Plus")] = EvidenceLevel.Strong,
        [(EvidenceScale.Blueprints, "Model")] = EvidenceLevel.Good,
        [(EvidenceScale.Blueprints, "Promising")] = EvidenceLevel.Moderate,
        [(EvidenceScale.Ungsinn, "5")] = EvidenceLevel.Strong,
        [(EvidenceScale.Ungsinn, "4")] = EvidenceLevel.Good,
        [(EvidenceScale.Ungsinn, "3")] = EvidenceLevel.Moderate,
        [(EvidenceScale.Ungsinn, "2")] = EvidenceLevel.Limited,
        [(EvidenceScale.Ungsinn, "1")] = EvidenceLevel.Limited,
    };

    /// <summary>The mapped level; null when the scale leaves it to the editor (evaluations).</summary>
    /// <exception cref="ArgumentException">A registry scale with a level that scale does not have.</exception>
    public static EvidenceLevel? Normalize(EvidenceScale scale, string level)
    {
        if (scale == EvidenceScale.Evaluation)
        {
            return null;
        }

        return Levels.TryGetValue((scale, level.Trim()), out var mapped)
            ? mapped
            : throw new ArgumentException($"'{level}' is not a level of the {scale} scale.", nameof(level));
    }
}
