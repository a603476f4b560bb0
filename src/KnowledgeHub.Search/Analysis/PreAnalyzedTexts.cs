using KnowledgeHub.Search.Documents;
using Lucene.Net.Analysis;

namespace KnowledgeHub.Search.Analysis;

/// <summary>
/// One document's texts analysed ahead of the index writer: each text once through the shared
/// front of the chain (tokenizer, folding, stop words) — which is the exact fields' analysis —
/// and the stemmed fields' analysis run on over those tokens (compound parts, stems), instead
/// of the whole chain again per field. Replaying them writes what analysing the texts would.
/// </summary>
public sealed class PreAnalyzedTexts
{
    private readonly Dictionary<string, (AnalyzedTokens Folded, AnalyzedTokens Stemmed)> _texts = new(StringComparer.Ordinal);

    private PreAnalyzedTexts()
    {
    }

    /// <summary>Only the decompounding chain shares its front with the exact fields (n-grams are a chain of their own).</summary>
    public static bool Supports(SearchAnalyzers analyzers) => analyzers.Compounds == CompoundStrategy.Decompound;

    public static PreAnalyzedTexts Of(SearchDocument document, SearchAnalyzers analyzers)
    {
        var analyzed = new PreAnalyzedTexts();
        foreach (var text in SearchDocumentMapper.Texts(document))
        {
            if (analyzed._texts.ContainsKey(text))
            {
                continue;
            }

            var folded = AnalyzedTokens.Of(SearchAnalyzers.Exact, SearchFields.Exact, text);
            using TokenStream stemming = new DanishStemFilter(new DecompoundFilter(folded.Replay(), analyzers.Splitter));
            analyzed._texts[text] = (folded, AnalyzedTokens.Of(stemming));
        }

        return analyzed;
    }

    /// <summary>The tokens the index analyzer would give this text in this field.</summary>
    public TokenStream For(string field, string text)
    {
        var (folded, stemmed) = _texts[text];
        return field is SearchFields.Exact or SearchFields.TitleExact ? folded.Replay() : stemmed.Replay();
    }
}
