using System.Globalization;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace KnowledgeHub.Search.Analysis;

/// <summary>
/// Strips accents (é → e, ü → u) but keeps æ, ø and å, which are letters of their own in
/// Danish: folding them to a/o would make "får" equal "far" and confuse the stemmer.
/// Runs after <c>ScandinavianNormalizationFilter</c>, which has already made aa → å, ae → æ, oe → ø.
/// </summary>
public sealed class DanishFoldingFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public DanishFoldingFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var span = _term.Buffer.AsSpan(0, _term.Length);
        foreach (var c in span)
        {
            if (c > '\u007f' && !IsDanishLetter(c))
            {
                // Once per word: NormalizedWordFilter remembers the result (decomposing every accented letter is slow).
                _term.SetEmpty().Append(Fold(span.ToString()));
                break;
            }
        }

        return true;
    }

    /// <summary>The same folding for strings that do not pass through an analyzer (sort keys, labels).</summary>
    public static string Fold(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c <= '\u007f' || IsDanishLetter(c))
            {
                result.Append(c);
                continue;
            }

            foreach (var d in c.ToString().Normalize(NormalizationForm.FormD))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
                {
                    result.Append(d);
                }
            }
        }

        return result.ToString();
    }

    private static bool IsDanishLetter(char c) => c is 'æ' or 'ø' or 'å' or 'Æ' or 'Ø' or 'Å';
}
