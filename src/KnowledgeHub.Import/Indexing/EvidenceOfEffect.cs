using KnowledgeHub.Domain.FamilyPrograms;

namespace KnowledgeHub.Import.Indexing;

/// <summary>
/// A record's evidence level for search: the best level among assessments of effect. The
/// knowledge declaration's other dimensions (målgruppe, metode, implementering) and economy say
/// how well something is described or what it costs, not that it works (docs/evidence.md), so
/// they do not count; a record with no assessment of effect is UNKNOWN.
/// </summary>
public static class EvidenceOfEffect
{
    private static readonly HashSet<string> NotAboutEffect = new(StringComparer.OrdinalIgnoreCase) { "målgruppe", "metode", "implementering", "økonomi" };

    public static EvidenceLevel Of(IEnumerable<EvidenceAssessment> assessments) =>
        assessments.Where(a => !NotAboutEffect.Contains(a.Dimension.Trim()))
            .Select(a => a.NormalizedLevel)
            .DefaultIfEmpty(EvidenceLevel.Unknown)
            .Max();
}
