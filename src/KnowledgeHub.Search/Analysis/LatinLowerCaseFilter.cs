using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace KnowledgeHub.Search.Analysis;

/// <summary>
/// Lucene's LowerCaseFilter (invariant culture) with the Latin-1 letters done here: the framework
/// sends every token with a letter past ASCII (æ, ø, å: most Danish words) through ICU, a tenth of
/// an index build's analysis. In Latin-1 only A–Z and À–Þ (not ×) have a lower case, 32 further on;
/// any other token goes the framework's way, so every token comes out as LowerCaseFilter's.
/// </summary>
public sealed class LatinLowerCaseFilter : TokenFilter
{
    private static readonly CharacterUtils Framework = CharacterUtils.GetInstance(DanishTextAnalyzer.Version);
    private readonly ICharTermAttribute _term;

    public LatinLowerCaseFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var span = _term.Buffer.AsSpan(0, _term.Length);
        if (span.ContainsAnyInRange('\u0100', '\uffff'))
        {
            Framework.ToLower(_term.Buffer, 0, _term.Length);
            return true;
        }

        foreach (ref var c in span)
        {
            if (c is (>= 'A' and <= 'Z') or (>= 'À' and <= 'Þ' and not '×'))
            {
                c = (char)(c + 32);
            }
        }

        return true;
    }
}
