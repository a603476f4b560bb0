using KnowledgeHub.Search.Analysis;
using KnowledgeHub.Search.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KnowledgeHub.Search.Querying;

/// <summary>
/// The fuzzy fallback: a word that matches no record is replaced by the closest word the visible
/// records contain (one edit for short words, two for longer ones; fewer edits first, then the
/// more common word). "forebygelse" becomes "forebyggelse", "anbringlse" "anbringelse".
/// </summary>
public sealed class TypoCorrector(IndexSearcher searcher, Filter visible, Thesaurus thesaurus, CompoundStrategy compounds)
{
    private const int MinLength = 4;
    private const int MaxLength = 40;
    private const int MaxCandidates = 50;

    public string? Correct(string word)
    {
        var folded = DanishTextAnalyzer.FoldWord(word);
        if (folded.Length is < MinLength or > MaxLength || folded.Any(char.IsDigit) || Matches(word, folded) ||
            thesaurus.SynonymsOf([folded]).Count > 0)
        {
            return null;
        }

        var terms = MultiFields.GetTerms(searcher.IndexReader, SearchFields.Exact);
        if (terms is null)
        {
            return null;
        }

        var maxEdits = folded.Length <= 5 ? 1 : 2;
        var candidates = new List<(string Term, int Distance, int DocFreq)>();
        var fuzzy = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(SearchFields.Exact, folded), maxEdits, prefixLength: 1, transpositions: true);
        while (candidates.Count < MaxCandidates && fuzzy.MoveNext())
        {
            var candidate = fuzzy.Term.Utf8ToString();
            candidates.Add((candidate, EditDistance.Between(folded, candidate), fuzzy.DocFreq));
        }

        return candidates
            .OrderBy(c => c.Distance).ThenByDescending(c => c.DocFreq).ThenBy(c => c.Term, StringComparer.Ordinal)
            .Select(c => c.Term)
            .FirstOrDefault(IsVisible);
    }

    /// <summary>Whether the word finds anything as it is: stemmed in the texts, unstemmed, or (n-grams) inside a compound.</summary>
    private bool Matches(string word, string folded)
    {
        var reader = searcher.IndexReader;
        if (reader.DocFreq(new Term(SearchFields.Exact, folded)) > 0 ||
            (compounds == CompoundStrategy.EdgeNGrams && reader.DocFreq(new Term(SearchFields.Grams, folded)) > 0))
        {
            return true;
        }

        var stems = SearchAnalyzers.Query.Terms(SearchFields.Title, word);
        return stems.Count == 0 || stems.Any(s => SearchFields.Weighted.Any(f => reader.DocFreq(new Term(f.Field, s)) > 0));
    }

    /// <summary>A correction must come from a record the reader may see, or it would reveal a draft's words.</summary>
    private bool IsVisible(string term)
    {
        var count = new TotalHitCountCollector();
        searcher.Search(new TermQuery(new Term(SearchFields.Exact, term)), visible, count);
        return count.TotalHits > 0;
    }
}
