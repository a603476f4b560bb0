using System.Collections.Concurrent;
using KnowledgeHub.Search.Documents;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;

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
        return (folded, AnalyzedTokens.Of(stemming.Chain, folded));
    }

    /// <summary>The field, unstored, with the tokens the index analyzer would give this text in it.</summary>
    public Field For(string field, string text)
    {
        var (folded, stemmed) = _texts[text];
        return new ReplayField(field, field is SearchFields.Exact or SearchFields.TitleExact ? folded : stemmed);
    }

    /// <summary>
    /// Hands the writer one stream per thread pointed at each field's tokens in turn (it inverts
    /// one field instance at a time): a stream per field instance cost its attributes, a lock in
    /// Lucene's attribute factory and garbage, the largest part of the writing thread's time.
    /// </summary>
    private sealed class ReplayField(string name, AnalyzedTokens tokens) : Field(name, TextField.TYPE_NOT_STORED)
    {
        [ThreadStatic]
        private static AnalyzedTokens.ReplayStream? t_stream;

        public override TokenStream GetTokenStream(Analyzer analyzer)
        {
            var stream = t_stream ??= new AnalyzedTokens.ReplayStream { Kept = tokens };
            stream.Kept = tokens;
            return stream;
        }
    }
}
