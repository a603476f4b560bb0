using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using KnowledgeHub.Search.Analysis;
using Lucene.Net.Analysis;

namespace KnowledgeHub.Search.Searching;

/// <summary>
/// The tokens of stored texts as an analyzer reads them, remembered per analyzer: highlighting
/// runs each hit's title, summary and body through the full Danish analysis, ~0.7 ms a hit, and
/// the hits of popular searches come back request after request. A new analyzer (new words in the
/// compound dictionary) starts afresh; the texts themselves are the keys, so an edited text is
/// analysed anew. Bounded: when full it starts over.
/// </summary>
public static class AnalyzedTexts
{
    private const int MaxTexts = 1024;
    private static readonly ConditionalWeakTable<Analyzer, ConcurrentDictionary<(string Field, string Text), TokenStreams.Token[]>> Analyzers = new();

    public static IReadOnlyList<TokenStreams.Token> Tokens(Analyzer analyzer, string field, string text)
    {
        var texts = Analyzers.GetValue(analyzer, _ => new ConcurrentDictionary<(string, string), TokenStreams.Token[]>());
        if (texts.TryGetValue((field, text), out var tokens))
        {
            return tokens;
        }

        if (texts.Count >= MaxTexts)
        {
            texts.Clear();
        }

        return texts[(field, text)] = [.. analyzer.Tokens(field, text)];
    }
}
