using KnowledgeHub.Search.Analysis;
using KnowledgeHub.Search.Documents;
using KnowledgeHub.Search.Indexing;
using KnowledgeHub.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KnowledgeHub.Search.Searching;

public enum SuggestionKind
{
    /// <summary>A word or term that completes what was typed.</summary>
    Term,

    /// <summary>The title of a record whose title has the typed words.</summary>
    Title,
}

public sealed record Suggestion(string Text, SuggestionKind Kind, int? RecordId);

/// <summary>
/// Completions for a search box: the last word typed completes to words of visible records and
/// terms of the thesaurus (most common first), and titles containing all the typed words are
/// offered as records. Earlier words are kept in front of the completion.
/// </summary>
public sealed class Suggester(SearchIndex index, Thesaurus thesaurus, ReaderCache.PerReader? caches = null)
{
    private readonly ReaderCache.PerReader _caches = caches ?? new ReaderCache.PerReader(SearchOptions.DefaultScoreCacheBytes);

    private const int MaxScannedTerms = 400;

    public IReadOnlyList<Suggestion> Suggest(string prefix, int first, IReadOnlyCollection<string> statuses)
    {
        var words = Words(prefix);
        var typedWhole = prefix.Length > 0 && char.IsWhiteSpace(prefix[^1]);
        if (words.Count == 0 || first <= 0 || typedWhole)
        {
            return [];
        }

        return index.Read(searcher =>
        {
            var visible = _caches.For(searcher.IndexReader).Filter(searcher, SearchFilter.None, statuses);
            var terms = Terms(searcher, visible, words).Take(Math.Max(1, first / 2)).ToList();
            var titles = Titles(searcher, new ReaderBitsFilter(visible), words, first - terms.Count);
            return terms.Concat(titles).Take(first).ToList();
        });
    }

    private IEnumerable<Suggestion> Terms(IndexSearcher searcher, FixedBitSet visible, List<string> words)
    {
        var last = words[^1];
        var head = string.Join(' ', words.SkipLast(1));
        var found = new List<(string Text, int Count)>();
        var terms = MultiFields.GetTerms(searcher.IndexReader, SearchFields.Exact)?.GetEnumerator();
        if (terms is not null && terms.SeekCeil(new BytesRef(last)) != TermsEnum.SeekStatus.END)
        {
            var scanned = 0;
            do
            {
                var term = terms.Term.Utf8ToString();
                if (!term.StartsWith(last, StringComparison.Ordinal) || ++scanned > MaxScannedTerms)
                {
                    break;
                }

                if (term != last)
                {
                    found.Add((term, terms.DocFreq));
                }
            }
            while (terms.MoveNext());
        }

        var known = thesaurus.Completing(string.Join(' ', words)).Select(t => (Text: t, Count: int.MaxValue));
        return known.Concat(found.OrderByDescending(f => f.Count).Select(f => (Text: Join(head, f.Text), f.Count)))
            .Where(f => f.Count == int.MaxValue || AnyVisible(searcher, visible, f.Text))
            .DistinctBy(f => f.Text, StringComparer.OrdinalIgnoreCase)
            .Select(f => new Suggestion(f.Text, SuggestionKind.Term, null));
    }

    private static IEnumerable<Suggestion> Titles(IndexSearcher searcher, Filter visible, List<string> words, int max)
    {
        if (max <= 0)
        {
            return [];
        }

        var query = new BooleanQuery(disableCoord: true);
        foreach (var word in words.SkipLast(1))
        {
            query.Add(new TermQuery(new Term(SearchFields.TitleExact, word)), Occur.MUST);
        }

        query.Add(new PrefixQuery(new Term(SearchFields.TitleExact, words[^1])), Occur.MUST);
        var top = searcher.Search(query, visible, max, SearchSorts.For(SearchOrder.Title));
        return top.ScoreDocs.Select(d => searcher.Doc(d.Doc))
            .Select(d => new Suggestion(d.Get(SearchFields.Title), SuggestionKind.Title, int.Parse(d.Get(SearchFields.Id), System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>Whether some visible record has every word of a completion; one word stops at the first such record.</summary>
    private static bool AnyVisible(IndexSearcher searcher, FixedBitSet visible, string text)
    {
        if (!text.Contains(' ', StringComparison.Ordinal))
        {
            return VisibleTerms.AnyHas(searcher.IndexReader, visible, new Term(SearchFields.Exact, text));
        }

        var query = new BooleanQuery(disableCoord: true);
        foreach (var word in text.Split(' '))
        {
            query.Add(new TermQuery(new Term(SearchFields.Exact, word)), Occur.MUST);
        }

        var count = new TotalHitCountCollector();
        searcher.Search(query, new ReaderBitsFilter(visible), count);
        return count.TotalHits > 0;
    }

    /// <summary>The typed words, folded; the last one is kept even if it is a stop word ("for" may become "forebyggelse").</summary>
    private static List<string> Words(string prefix)
    {
        var folded = DanishTextAnalyzer.FoldWord(prefix);
        var raw = new string(folded.Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray()).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (raw.Length == 0)
        {
            return [];
        }

        var words = SearchAnalyzers.Exact.Terms(SearchFields.Exact, string.Join(' ', raw[..^1]));
        words.Add(raw[^1]);
        return words;
    }

    private static string Join(string head, string word) => head.Length == 0 ? word : head + " " + word;
}
