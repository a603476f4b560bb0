using KnowledgeHub.Search.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeHub.Search.Searching;

/// <summary>
/// Restrictions on what a search may return. Values within one list are alternatives (any kind
/// of these); the lists together must all hold. Ranges match records whose range overlaps them;
/// a record with no known range matches no range filter.
/// </summary>
public sealed record SearchFilter
{
    public static SearchFilter None { get; } = new();

    public IReadOnlyList<string> Kinds { get; init; } = [];
    public IReadOnlyList<string> Themes { get; init; } = [];
    public IReadOnlyList<string> Municipalities { get; init; } = [];
    public IReadOnlyList<string> Regions { get; init; } = [];
    public IReadOnlyList<string> Organisations { get; init; } = [];
    public int? MinEvidenceRank { get; init; }
    public int? AgeFrom { get; init; }
    public int? AgeTo { get; init; }
    public int? YearFrom { get; init; }
    public int? YearTo { get; init; }

    /// <summary>Names the filter exactly (its clauses' keys, statuses included), for caches.</summary>
    public string Key(IReadOnlyCollection<string> statuses) => string.Join('\u0002', Clauses(statuses).Select(c => c.Key));

    /// <summary>
    /// The restrictions that must all hold, each with a key naming it exactly ("kind=A|B",
    /// "age_min..12"), so a cache can keep the documents each one lets through.
    /// </summary>
    public IEnumerable<(string Key, Query Query)> Clauses(IReadOnlyCollection<string> statuses)
    {
        yield return AnyOf(SearchFields.Status, statuses);
        foreach (var (field, values) in new[] { (SearchFields.Kind, Kinds), (SearchFields.Theme, Themes), (SearchFields.Municipality, Municipalities), (SearchFields.Region, Regions), (SearchFields.Organisation, Organisations) })
        {
            if (values.Count > 0)
            {
                yield return AnyOf(field, values);
            }
        }

        if (MinEvidenceRank is { } min)
        {
            yield return Range(SearchFields.EvidenceRank, min, null);
        }

        foreach (var clause in Overlap(SearchFields.AgeMin, SearchFields.AgeMax, AgeFrom, AgeTo).Concat(Overlap(SearchFields.YearStart, SearchFields.YearEnd, YearFrom, YearTo)))
        {
            yield return clause;
        }
    }

    private static (string Key, Query Query) AnyOf(string field, IEnumerable<string> values)
    {
        var any = new BooleanQuery(disableCoord: true);
        var distinct = values.Distinct().ToList();
        foreach (var value in distinct)
        {
            any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        }

        return ($"{field}={string.Join('\u001f', distinct.Order(StringComparer.Ordinal))}", any);
    }

    private static (string Key, Query Query) Range(string field, int? min, int? max) =>
        ($"{field}:{min}..{max}", NumericRangeQuery.NewInt32Range(field, min, max, true, true));

    /// <summary>[min, max] overlaps [from, to]: min ≤ to and max ≥ from.</summary>
    private static IEnumerable<(string Key, Query Query)> Overlap(string minField, string maxField, int? from, int? to)
    {
        if (from is null && to is null)
        {
            yield break;
        }

        yield return Range(minField, null, to ?? int.MaxValue);
        yield return Range(maxField, from ?? int.MinValue, null);
    }
}
