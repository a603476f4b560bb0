using System.Text;
using KnowledgeHub.Search.Analysis;
using KnowledgeHub.Search.Documents;
using KnowledgeHub.Search.Querying;
using Lucene.Net.Analysis;

namespace KnowledgeHub.Search.Searching;

/// <summary>Where a hit matched: a field and the fragments of it with the matched words in &lt;mark&gt;.</summary>
public sealed record Highlight(string Field, IReadOnlyList<string> Fragments);

/// <summary>
/// Our highlighter (Lucene.Net.Highlighter is not available): it runs the stored text through the
/// index's own analysis, so a word is marked exactly when the index matched it — stems, compound
/// parts and folded spellings included. Text is HTML-escaped; only the marks are markup.
/// </summary>
public static class HitHighlighter
{
    private const int Before = 70;
    private const int After = 110;
    private const int MaxFragmentsPerField = 2;

    public static IReadOnlyList<Highlight> Highlight(StoredHit hit, HighlightTerms terms, Analyzer analyzer)
    {
        var highlights = new List<Highlight>();
        if (terms.IsEmpty)
        {
            return highlights;
        }

        foreach (var (field, text, whole) in hit.Texts())
        {
            var spans = Matches(text, terms, analyzer);
            if (spans.Count > 0)
            {
                highlights.Add(new Highlight(field, whole ? [Mark(text, spans, 0, text.Length)] : Fragments(text, spans)));
            }
        }

        return highlights;
    }

    private static List<(int Start, int End)> Matches(string text, HighlightTerms terms, Analyzer analyzer)
    {
        var spans = AnalyzedTexts.Tokens(analyzer, SearchFields.Body, text).Where(t => terms.Stems.Contains(t.Term)).Select(t => (t.Start, t.End)).ToList();
        if (terms.Prefixes.Count > 0)
        {
            spans.AddRange(AnalyzedTexts.Tokens(SearchAnalyzers.Exact, SearchFields.Exact, text)
                .Where(t => terms.Prefixes.Any(p => t.Term.StartsWith(p, StringComparison.Ordinal))).Select(t => (t.Start, t.End)));
        }

        return Merge(spans);
    }

    /// <summary>Overlapping spans as one, in order.</summary>
    private static List<(int Start, int End)> Merge(IEnumerable<(int Start, int End)> spans)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }

    /// <summary>Windows of text around the matches, cut at word boundaries, at most two per field.</summary>
    private static List<string> Fragments(string text, List<(int Start, int End)> spans) =>
        Merge(spans.Select(s => (WordStart(text, Math.Max(0, s.Start - Before)), WordEnd(text, Math.Min(text.Length, s.End + After)))))
            .Take(MaxFragmentsPerField).Select(w => Mark(text, spans, w.Start, w.End)).ToList();

    private static string Mark(string text, List<(int Start, int End)> spans, int from, int to)
    {
        var result = new StringBuilder();
        if (from > 0)
        {
            result.Append('…');
        }

        var at = from;
        foreach (var (start, end) in spans.Where(s => s.Start >= from && s.End <= to))
        {
            result.Append(Escape(text[at..start])).Append("<mark>").Append(Escape(text[start..end])).Append("</mark>");
            at = end;
        }

        result.Append(Escape(text[at..to]).TrimEnd());
        if (to < text.Length)
        {
            result.Append('…');
        }

        return result.ToString();
    }

    /// <summary>Escapes what HTML needs escaped and nothing more, so Danish letters stay letters.</summary>
    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    private static int WordStart(string text, int i)
    {
        if (i == 0)
        {
            return 0;
        }

        var space = text.IndexOf(' ', i);
        return space < 0 ? i : space + 1;
    }

    private static int WordEnd(string text, int i)
    {
        if (i >= text.Length)
        {
            return text.Length;
        }

        var space = text.LastIndexOf(' ', i);
        return space <= 0 ? i : space;
    }
}
