using KnowledgeHub.Search.Documents;
using Lucene.Net.Documents;

namespace KnowledgeHub.Search.Searching;

/// <summary>The stored texts of a hit, read while the searcher is held, highlighted later if asked for.</summary>
public sealed record StoredHit(int RecordId, string Title, string Summary, IReadOnlyList<TextSection> Body)
{
    public static StoredHit From(Document doc)
    {
        var fields = doc.GetValues(SearchFields.BodyFields);
        var texts = doc.GetValues(SearchFields.Body);
        var body = texts.Select((text, i) => new TextSection(i < fields.Length ? fields[i] : SearchFields.Body, text)).ToList();
        return new StoredHit(int.Parse(doc.Get(SearchFields.Id), System.Globalization.CultureInfo.InvariantCulture),
            doc.Get(SearchFields.Title) ?? "", doc.Get(SearchFields.Summary) ?? "", body);
    }

    /// <summary>Each text with its field name; title and summary are short enough to show whole.</summary>
    public IEnumerable<(string Field, string Text, bool Whole)> Texts()
    {
        yield return (SearchFields.Title, Title, true);
        yield return (SearchFields.Summary, Summary, true);
        foreach (var section in Body)
        {
            yield return (section.Field, section.Text, false);
        }
    }
}
