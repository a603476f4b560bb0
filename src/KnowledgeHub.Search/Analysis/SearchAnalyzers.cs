using KnowledgeHub.Search.Documents;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;

namespace KnowledgeHub.Search.Analysis;

/// <summary>
/// The analyzers, chosen in one place. Indexing splits compounds against the corpus dictionary;
/// queries are stemmed the same way but never split, so a search for a compound still means the
/// compound.
/// </summary>
public sealed class SearchAnalyzers
{
    public SearchAnalyzers(CompoundSplitter splitter)
    {
        Splitter = splitter;
        var indexText = new DanishTextAnalyzer(DanishAnalysis.Stemmed, splitter);
        Index = new PerFieldAnalyzerWrapper(indexText, new Dictionary<string, Analyzer>
        {
            [SearchFields.Exact] = Exact,
            [SearchFields.TitleExact] = Exact,
        });
        Highlight = indexText;
    }

    /// <summary>Stemmed, unsplit: what query words become.</summary>
    public static Analyzer Query { get; } = new DanishTextAnalyzer(DanishAnalysis.Stemmed);

    /// <summary>Folded, unstemmed.</summary>
    public static Analyzer Exact { get; } = new DanishTextAnalyzer(DanishAnalysis.Exact);

    public CompoundSplitter Splitter { get; }

    /// <summary>Per field, what the index writes.</summary>
    public Analyzer Index { get; }

    /// <summary>The index's text chain, for finding in stored text the words a query matched.</summary>
    public Analyzer Highlight { get; }
}
