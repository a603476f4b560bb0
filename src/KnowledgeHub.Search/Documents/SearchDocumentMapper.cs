using KnowledgeHub.Search.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace KnowledgeHub.Search.Documents;

/// <summary>Turns a <see cref="SearchDocument"/> into the Lucene document the index holds.</summary>
public static class SearchDocumentMapper
{
    /// <summary>
    /// The document; its texts are analysed by the writer's analyzer, or replayed from
    /// <paramref name="analyzed"/> when a rebuild analysed them ahead (the same tokens either way).
    /// </summary>
    public static Document ToLucene(SearchDocument doc, PreAnalyzedTexts? analyzed = null)
    {
        var d = new Document
        {
            ValueFields.String(SearchFields.Id, Id(doc.Id), Field.Store.YES),
            new NumericDocValuesField(SearchFields.SortId, doc.Id),
            ValueFields.String(SearchFields.Status, doc.Status, Field.Store.NO),
        };
        AddText(d, SearchFields.Title, doc.Title, Field.Store.YES, analyzed);
        AddText(d, SearchFields.TitleExact, doc.Title, Field.Store.NO, analyzed);
        AddText(d, SearchFields.Summary, doc.Summary, Field.Store.YES, analyzed);
        d.Add(new SortedDocValuesField(SearchFields.SortTitle, new BytesRef(TitleSortKey(doc.Title))));
        d.Add(new NumericDocValuesField(SearchFields.SortYear, doc.StartYear ?? doc.EndYear ?? int.MinValue));
        d.Add(new NumericDocValuesField(SearchFields.SortUpdated, doc.UpdatedAt.Ticks));
        foreach (var key in TitleKeys(doc.Title))
        {
            d.Add(ValueFields.String(SearchFields.TitleKey, key, Field.Store.NO));
        }

        foreach (var section in doc.Body)
        {
            AddText(d, SearchFields.Body, section.Text, Field.Store.YES, analyzed);
            d.Add(new StoredField(SearchFields.BodyFields, section.Field));
        }

        foreach (var keyword in doc.Keywords)
        {
            AddText(d, SearchFields.Keywords, keyword, Field.Store.NO, analyzed);
        }

        foreach (var text in Texts(doc))
        {
            AddText(d, SearchFields.Exact, text, Field.Store.NO, analyzed);
        }

        AddFacet(d, SearchFields.Kind, doc.Kind);
        AddFacets(d, SearchFields.Theme, doc.Themes);
        AddFacets(d, SearchFields.Municipality, doc.Municipalities);
        AddFacets(d, SearchFields.Region, doc.Regions);
        AddFacet(d, SearchFields.Evidence, doc.EvidenceLevel);
        d.Add(ValueFields.Int32(SearchFields.EvidenceRank, doc.EvidenceRank));
        foreach (var organisation in doc.Organisations)
        {
            d.Add(ValueFields.String(SearchFields.Organisation, organisation, Field.Store.NO));
        }

        AddRange(d, SearchFields.AgeMin, SearchFields.AgeMax, doc.TargetAgeMin, doc.TargetAgeMax);
        AddRange(d, SearchFields.YearStart, SearchFields.YearEnd, doc.StartYear ?? doc.EndYear, doc.EndYear ?? (doc.StartYear is null ? null : int.MaxValue));
        return d;
    }

    /// <summary>"De Utrolige År (DUÅ)" is named by "de utrolige år (duå)", "de utrolige år" and "duå".</summary>
    public static IEnumerable<string> TitleKeys(string title)
    {
        var keys = new List<string> { Key(title) };
        var open = title.IndexOf('(', StringComparison.Ordinal);
        var close = title.LastIndexOf(')');
        if (open > 0 && close > open)
        {
            keys.Add(Key(title[..open]));
            keys.Add(Key(title[(open + 1)..close]));
        }

        return keys.Where(k => k.Length > 0).Distinct();
    }

    /// <summary>Text as one key: its folded words, stop words left out, joined by spaces.</summary>
    public static string Key(string text) => string.Join(' ', SearchAnalyzers.Exact.Terms(Exact, text));

    private const string Exact = SearchFields.Exact;

    public static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Danish alphabetical order: letters and digits only, æ, ø, å after z, "aa" as å (Aarhus after Vejle).</summary>
    public static string TitleSortKey(string title)
    {
        var folded = DanishTextAnalyzer.FoldWord(title.Trim());
        var words = new string(folded.Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray()).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words).Replace('æ', '{').Replace('ø', '|').Replace('å', '}');
    }

    public static IEnumerable<string> Texts(SearchDocument doc) =>
        new[] { doc.Title, doc.Summary }.Concat(doc.Body.Select(b => b.Text)).Concat(doc.Keywords);

    private static void AddText(Document d, string field, string text, Field.Store store, PreAnalyzedTexts? analyzed)
    {
        if (analyzed is null)
        {
            d.Add(new TextField(field, text, store));
            return;
        }

        // A field with its own tokens cannot also store its text: the stored value goes beside it,
        // after it — Lucene adds the position gap between values of a field to every instance but
        // the first of that name, stored-only ones included.
        d.Add(analyzed.For(field, text));
        if (store == Field.Store.YES)
        {
            d.Add(new StoredField(field, text));
        }
    }

    private static void AddFacets(Document d, string field, IEnumerable<FacetValue> values)
    {
        foreach (var value in values.DistinctBy(v => v.Value))
        {
            AddFacet(d, field, value);
        }
    }

    private static void AddFacet(Document d, string field, FacetValue value)
    {
        d.Add(ValueFields.String(field, value.Value, Field.Store.NO));
        d.Add(new SortedSetDocValuesField(SearchFields.FacetOf(field), new BytesRef(value.Value + SearchFields.LabelSeparator + value.Label)));
    }

    /// <summary>A range is indexed only when its start is known: an unknown range matches no range filter.</summary>
    private static void AddRange(Document d, string minField, string maxField, int? min, int? max)
    {
        if (min is null && max is null)
        {
            return;
        }

        d.Add(ValueFields.Int32(minField, min ?? int.MinValue));
        d.Add(ValueFields.Int32(maxField, max ?? int.MaxValue));
    }
}
