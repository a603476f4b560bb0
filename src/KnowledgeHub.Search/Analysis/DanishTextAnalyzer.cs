using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace KnowledgeHub.Search.Analysis;

/// <summary>What a Danish analysis chain does after tokenising and folding.</summary>
public enum DanishAnalysis
{
    /// <summary>Stemmed words, for matching and ranking.</summary>
    Stemmed,

    /// <summary>Folded but unstemmed words, for prefixes, typo correction and suggestions.</summary>
    Exact,
}

/// <summary>
/// The one Danish chain: standard tokenizer → lower case → aa/ae/oe to å/æ/ø → accents off →
/// Danish stop words → (compound parts) → Snowball Danish stemmer (<see cref="DanishStemFilter"/>).
/// Stop words are removed after folding, so "saadan" is as much a stop word as "sådan".
/// </summary>
public sealed class DanishTextAnalyzer(DanishAnalysis analysis, CompoundSplitter? splitter = null) : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    // Declared before StopWords: static initialisers run in order, and the stop words are folded with it.
    private static readonly Analyzer Folder = new KeywordFolder();

    /// <summary>Danish stop words, folded the same way as the text they are removed from.</summary>
    public static CharArraySet StopWords { get; } = BuildStopWords();

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new NormalizedWordFilter(tokenizer);
        stream = new StopFilter(Version, stream, StopWords);
        if (splitter is not null)
        {
            stream = new DecompoundFilter(stream, splitter);
        }

        if (analysis == DanishAnalysis.Stemmed)
        {
            stream = new DanishStemFilter(stream);
        }

        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <summary>Multi-valued fields (keywords, body sections) keep their values apart, so no phrase spans two of them.</summary>
    public override int GetPositionIncrementGap(string fieldName) => 100;

    private static TokenStream Normalize(TokenStream stream) =>
        new DanishFoldingFilter(new ScandinavianNormalizationFilter(new LatinLowerCaseFilter(stream)));

    private static CharArraySet BuildStopWords()
    {
        var words = new CharArraySet(Version, 128, ignoreCase: false);
        foreach (var word in Lucene.Net.Analysis.Da.DanishAnalyzer.DefaultStopSet)
        {
            words.Add(FoldWord(word));
        }

        return words.AsReadOnly();
    }

    /// <summary>Lower-cases and folds one word the way the chain does, without stemming.</summary>
    public static string FoldWord(string word)
    {
        using var stream = Folder.GetTokenStream("_", word);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        var result = stream.IncrementToken() ? term.ToString() : word.ToLowerInvariant();
        stream.End();
        return result;
    }

    private sealed class KeywordFolder : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new KeywordTokenizer(reader);
            return new TokenStreamComponents(tokenizer, Normalize(tokenizer));
        }
    }
}
