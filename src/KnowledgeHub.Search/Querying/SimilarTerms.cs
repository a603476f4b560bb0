using System.Text;
using KnowledgeHub.Search.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace KnowledgeHub.Search.Querying;

/// <summary>
/// The index's words within a few typos of a word. It walks the terms that share the word's first
/// letter, in term order, and measures each with <see cref="EditDistance"/>: the same words, in
/// the same order, as Lucene's <c>FuzzyTermsEnum</c> with a one-letter prefix, without building a
/// Levenshtein automaton for every query (which cost tens of milliseconds per word).
/// </summary>
public static class SimilarTerms
{
    public static List<(string Term, int Distance, int DocFreq)> Within(IndexReader reader, string word, int maxEdits, int max)
    {
        var found = new List<(string Term, int Distance, int DocFreq)>();
        var terms = MultiFields.GetTerms(reader, SearchFields.Exact)?.GetEnumerator();
        var first = Rune.GetRuneAt(word, 0).ToString();
        if (terms is null || terms.SeekCeil(new BytesRef(first)) == TermsEnum.SeekStatus.END)
        {
            return found;
        }

        var chars = new CharsRef();
        do
        {
            UnicodeUtil.UTF8toUTF16(terms.Term, chars);
            var term = chars.Chars.AsSpan(0, chars.Length);
            if (!term.StartsWith(first, StringComparison.Ordinal))
            {
                break;
            }

            if (Math.Abs(term.Length - word.Length) <= maxEdits && EditDistance.Within(word, term, maxEdits) is { } distance)
            {
                found.Add((term.ToString(), distance, terms.DocFreq));
            }
        }
        while (found.Count < max && terms.MoveNext());

        return found;
    }
}
