using System.Linq.Expressions;
using KnowledgeHub.Domain.FamilyPrograms;
using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Import.Indexing;

/// <summary>
/// A record's evidence level for search, filters and ordering: the best level among assessments of
/// effect. The knowledge declaration's other dimensions (målgruppe, metode, implementering) and
/// economy say how well something is described or what it costs, not that it works
/// (docs/evidence.md), so they do not count; a record with no assessment of effect is UNKNOWN
/// ("not rated"), which ranks below NO_EFFECT_SHOWN ("rated, and no effect found").
/// </summary>
public static class EvidenceOfEffect
{
    /// <summary>One rule for memory and for SQL, so search, filters and ordering cannot disagree.</summary>
    public static readonly Expression<Func<EvidenceAssessment, bool>> AboutEffect =
        a => a.Dimension != "målgruppe" && a.Dimension != "metode" && a.Dimension != "implementering" && a.Dimension != "økonomi";

    private static readonly Func<EvidenceAssessment, bool> IsAboutEffect = AboutEffect.Compile();

    public static EvidenceLevel Of(IEnumerable<EvidenceAssessment> assessments) =>
        assessments.Where(IsAboutEffect).Select(a => a.NormalizedLevel).DefaultIfEmpty(EvidenceLevel.Unknown).Max();

    /// <summary><see cref="Of"/> as a query expression (0 = UNKNOWN ... 5 = STRONG).</summary>
    public static readonly Expression<Func<Record, int>> Rank = Compose();

    /// <summary>
    /// <see cref="Rank"/> for a record kind, as the level a filter compares. Levels are stored as
    /// names, so the rank is turned back into a level by cases rather than a cast.
    /// </summary>
    public static Expression<Func<T, EvidenceLevel?>> LevelOf<T>() where T : Record
    {
        var record = Expression.Parameter(typeof(T), "r");
        var rank = new Replace(Rank.Parameters[0], record).Visit(Rank.Body)!;
        Expression level = Expression.Constant(EvidenceLevel.Unknown, typeof(EvidenceLevel?));
        foreach (var value in Enum.GetValues<EvidenceLevel>().Where(v => v != EvidenceLevel.Unknown))
            level = Expression.Condition(Expression.Equal(rank, Expression.Constant((int)value)), Expression.Constant(value, typeof(EvidenceLevel?)), level);
        return Expression.Lambda<Func<T, EvidenceLevel?>>(level, record);
    }

    /// <summary><see cref="Rank"/> for a record kind, as a sort key.</summary>
    public static Expression<Func<T, int>> RankOf<T>() where T : Record
    {
        var record = Expression.Parameter(typeof(T), "r");
        return Expression.Lambda<Func<T, int>>(new Replace(Rank.Parameters[0], record).Visit(Rank.Body)!, record);
    }

    private static Expression<Func<Record, int>> Compose()
    {
        // The ordinal of EvidenceLevel, spelled out: the column holds the level's name.
        Expression<Func<Record, IEnumerable<EvidenceAssessment>, int>> best = (r, effect) => effect.Max(a => (int?)(
            a.NormalizedLevel == EvidenceLevel.Strong ? 5 : a.NormalizedLevel == EvidenceLevel.Good ? 4 :
            a.NormalizedLevel == EvidenceLevel.Moderate ? 3 : a.NormalizedLevel == EvidenceLevel.Limited ? 2 :
            a.NormalizedLevel == EvidenceLevel.NoEffectShown ? 1 : 0)) ?? 0;
        var record = Expression.Parameter(typeof(Record), "r");
        var assessments = Expression.Property(record, nameof(Record.EvidenceAssessments));
        var where = Expression.Call(typeof(Enumerable), nameof(Enumerable.Where), [typeof(EvidenceAssessment)], assessments, AboutEffect);
        var body = new Replace(best.Parameters[1], where).Visit(new Replace(best.Parameters[0], record).Visit(best.Body))!;
        return Expression.Lambda<Func<Record, int>>(body, record);
    }

    private sealed class Replace(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
