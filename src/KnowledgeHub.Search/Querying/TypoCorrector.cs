using KnowledgeHub.Search.Analysis;
using KnowledgeHub.Search.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KnowledgeHub.Search.Querying;

/// <summary>
/// The fuzzy fallback: a word that no record contains as written is replaced by the closest word
/// the visible records contain (fewer edits first, then the more common word). A word whose stem
/// still matches ("forebygelse" stems like "forebyggelse") is corrected only at one edit, so an
/// inflection the corpus lacks ("anbringelserne") is left alone; a word that matches nothing
/// at all ("anbringlse") may be two edits off. A compound of known words is no typo.
/// </summary>
public sealed class TypoCorrector(IndexSearcher searcher, FixedBitSet visible, Thesaurus thesaurus, SearchAnalyzers analyzers)
{
    private const int MinLength = 4;
    private const int MaxLength = 40;
    private const int MaxCandidates = 50;

    public string? Correct(string word)
    {
        var folded = DanishTextAnalyzer.FoldWord(word);
        if (folded.Length is < MinLength or > MaxLength || folded.Any(char.IsDigit) || IsWord(folded) ||
            thesaurus.HasWord(folded))
        {
            return null;
        }

        var maxEdits = StemMatches(word) || folded.Length <= 5 ? 1 : 2;

        var candidates = SimilarTerms.Within(searcher.IndexReader, folded, maxEdits, MaxCandidates);
        return candidates
            .OrderBy(c => c.Distance).ThenByDescending(c => c.DocFreq).ThenBy(c => c.Term, StringComparer.Ordinal)
            .Select(c => c.Term)
            .FirstOrDefault(IsVisible);
    }

    /// <summary>Whether some record has the word as written, or it is a compound of the corpus's words.</summary>
    private bool IsWord(string folded) =>
        searcher.IndexReader.DocFreq(new Term(SearchFields.Exact, folded)) > 0 || analyzers.Splitter.Split(folded).Count > 1;

    private bool StemMatches(string word)
    {
        var stems = SearchAnalyzers.Query.Terms(SearchFields.Title, word);
        return stems.Count == 0 || stems.Any(s => SearchFields.Weighted.Any(f => searcher.IndexReader.DocFreq(new Term(f.Field, s)) > 0));
    }

    /// <summary>A correction must come from a record the reader may see, or it would reveal a draft's words.</summary>
    private bool IsVisible(string term) => VisibleTerms.AnyHas(searcher.IndexReader, visible, new Term(SearchFields.Exact, term));
}
