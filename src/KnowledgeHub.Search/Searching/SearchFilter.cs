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

    /// <summary>The filter as one query; <paramref name="statuses"/> is who may see what (published only, for readers).</summary>
    public Query ToQuery(IReadOnlyCollection<string> statuses)
    {
        var all = new BooleanQuery(disableCoord: true) { { AnyOf(SearchFields.Status, statuses), Occur.MUST } };
        AddAnyOf(all, SearchFields.Kind, Kinds);
        AddAnyOf(all, SearchFields.Theme, Themes);
        AddAnyOf(all, SearchFields.Municipality, Municipalities);
        AddAnyOf(all, SearchFields.Region, Regions);
        AddAnyOf(all, SearchFields.Organisation, Organisations);
        if (MinEvidenceRank is { } min)
        {
            all.Add(NumericRangeQuery.NewInt32Range(SearchFields.EvidenceRank, min, null, true, true), Occur.MUST);
        }

        AddOverlap(all, SearchFields.AgeMin, SearchFields.AgeMax, AgeFrom, AgeTo);
        AddOverlap(all, SearchFields.YearStart, SearchFields.YearEnd, YearFrom, YearTo);
        return all;
    }

    private static void AddAnyOf(BooleanQuery all, string field, IReadOnlyCollection<string> values)
    {
        if (values.Count > 0)
        {
            all.Add(AnyOf(field, values), Occur.MUST);
        }
    }

    private static BooleanQuery AnyOf(string field, IEnumerable<string> values)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var value in values.Distinct())
        {
            any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        }

        return any;
    }

    /// <summary>[min, max] overlaps [from, to]: min ≤ to and max ≥ from.</summary>
    private static void AddOverlap(BooleanQuery all, string minField, string maxField, int? from, int? to)
    {
        if (from is null && to is null)
        {
            return;
        }

        all.Add(NumericRangeQuery.NewInt32Range(minField, null, to ?? int.MaxValue, true, true), Occur.MUST);
        all.Add(NumericRangeQuery.NewInt32Range(maxField, from ?? int.MinValue, null, true, true), Occur.MUST);
    }
}
