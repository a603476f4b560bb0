using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace KnowledgeHub.Search.Analysis;

/// <summary>
/// The chain's per-word normalisation — lower case, aa/ae/oe → å/æ/ø, accents off — remembered per
/// word as the tokenizer wrote it: each of those filters reads and writes the term alone, so the
/// word decides the result, which <see cref="DanishTextAnalyzer.FoldWord"/> (the same filters over
/// the one word) works out once. Lucene's Scandinavian normaliser shifts the buffer for every
/// aa/ae/oe and was, with the other two, a quarter of a rebuild's dictionary pass.
/// </summary>
internal sealed class NormalizedWordFilter : TokenFilter
{
    private static readonly WordMemo<string> Normalized = new(200_000);

    // The word itself when normalising leaves it as it is: no second string to remember.
    private static readonly Func<string, string> Normalize = word => DanishTextAnalyzer.FoldWord(word) is var folded && folded == word ? word : folded;

    private readonly ICharTermAttribute _term;

    public NormalizedWordFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var normalized = Normalized.Get(_term.Buffer.AsSpan(0, _term.Length), Normalize);
        _term.SetEmpty().Append(normalized);
        return true;
    }
}
