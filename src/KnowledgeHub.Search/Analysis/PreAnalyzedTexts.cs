using System.Collections.Concurrent;
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
    /// <summary>Keywords are names from the reference data, the same few hundred across a corpus; an abbreviation per record beyond this is analysed each time.</summary>
    internal const int MaxSharedKeywords = 10_000;

    // Each worker thread's decompounding and stemming chain, built once per dictionary: a chain per
    // text cost a lock in Lucene's attribute factory per filter, contended between the workers.
    [ThreadStatic]
    private static (CompoundSplitter Splitter, AnalyzedTokens.ReplayStream Source, TokenStream Chain)? t_stemming;

    private readonly Dictionary<string, (AnalyzedTokens Folded, AnalyzedTokens Stemmed)> _texts = new(StringComparer.Ordinal);

    private PreAnalyzedTexts()
    {
    }

    /// <summary>Only the decompounding chain shares its front with the exact fields (n-grams are a chain of their own).</summary>
    public static bool Supports(SearchAnalyzers analyzers) => analyzers.Compounds == CompoundStrategy.Decompound;

    /// <summary>The document's texts; its keywords are analysed once per <paramref name="keywords"/> (one rebuild, one dictionary).</summary>
    public static PreAnalyzedTexts Of(
        SearchDocument document, SearchAnalyzers analyzers, ConcurrentDictionary<string, (AnalyzedTokens, AnalyzedTokens)>? keywords = null)
    {
        var analyzed = new PreAnalyzedTexts();
        foreach (var text in SearchDocumentMapper.Texts(document))
        {
            if (!analyzed._texts.ContainsKey(text))
            {
                analyzed._texts[text] = keywords is null || !document.Keywords.Contains(text) ? Analyze(text, analyzers.Splitter)
                    : keywords.TryGetValue(text, out var known) ? known
                    : keywords.Count < MaxSharedKeywords ? keywords.GetOrAdd(text, Analyze, analyzers.Splitter)
                    : Analyze(text, analyzers.Splitter);
            }
        }

        return analyzed;
    }

    private static (AnalyzedTokens, AnalyzedTokens) Analyze(string text, CompoundSplitter splitter)
    {
        var folded = AnalyzedTokens.Of(SearchAnalyzers.Exact, SearchFields.Exact, text);
        if (t_stemming is not { } stemming || stemming.Splitter != splitter)
        {
            var source = new AnalyzedTokens.ReplayStream { Kept = folded };
            t_stemming = stemming = (splitter, source, new DanishStemFilter(new DecompoundFilter(source, splitter)));
        }

        stemming.Source.Kept = folded;
        return (folded, AnalyzedTokens.Of(stemming.Chain));
    }

    /// <summary>The tokens the index analyzer would give this text in this field.</summary>
    public TokenStream For(string field, string text)
    {
        var (folded, stemmed) = _texts[text];
        return field is SearchFields.Exact or SearchFields.TitleExact ? folded.Replay() : stemmed.Replay();
    }
}
