using KnowledgeHub.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace KnowledgeHub.Tests.Search;

/// <summary>
/// The remembered stems and compound splits are the same function as before, only cheaper: the
/// stem filter gives what Snowball's filter gives on the same words, asked twice (the second
/// time from memory), a split span gives what the split string does, and the remembered
/// normalisation what its filters give.
/// </summary>
public sealed class StemMemoTests
{
    private const string Text = """
        Forebyggelsesstrategien skal styrke de tidlige indsatser for udsatte børn og unge, og kommunerne
        forebygger anbringelser gennem netværksanbringelser, familierådslagning og forældreprogrammer.
        Forebyggelsesstrategien skal styrke de tidlige indsatser — café, naïve, Ærø, aabenraa.
        """;

    [Fact]
    public void Remembered_stems_equal_Snowballs()
    {
        var expected = Terms(new WhitespaceStemmer(remembered: false), Text);

        Assert.Equal(expected, Terms(new WhitespaceStemmer(remembered: true), Text));
        Assert.Equal(expected, Terms(new WhitespaceStemmer(remembered: true), Text));
        Assert.Contains("forebyggelsesstrategi", expected);
    }

    [Theory]
    [InlineData("forebyggelsesstrategi")]
    [InlineData("netværksanbringelser")]
    [InlineData("behandling")]
    [InlineData("anbringelsesforløbet")]
    [InlineData("kort")]
    public void A_split_span_gives_what_the_split_string_gives(string word)
    {
        var splitter = new CompoundSplitter(new HashSet<string> { "forebyggelse", "strategi", "netværk", "anbringelser", "anbringelse", "forløb" });

        var fromString = splitter.Split(word);
        var fromSpan = splitter.Split(word.AsSpan());
        var again = splitter.Split(("x" + word).AsSpan(1));

        Assert.Equal(fromString, fromSpan);
        Assert.Equal(fromString, again);
    }

    [Fact]
    public void The_Latin_lower_case_filter_gives_what_Lucenes_gives_for_every_character()
    {
        // Every UTF-16 unit alone (surrogates as valid pairs), then mixed words: the fast path and the fallback.
        var words = Enumerable.Range(0, 0x10000).Where(c => !char.IsSurrogate((char)c)).Select(c => $"x{(char)c}X")
            .Concat(["ÆRØ", "ÅRHUS", "CAFÉ", "ΣΟΦΊΑ", "İSTANBUL", "Straße", "\U00010400BC", "ÀÞ×Ø"]).ToList();
        var text = string.Join(' ', words);

        Assert.Equal(Terms(new Lowering(latin: false), text, lower: false), Terms(new Lowering(latin: true), text, lower: false));
    }

    [Fact]
    public void Remembered_normalisation_equals_the_filters()
    {
        const string text = Text + " Aarhus AAbenraa Foraeldre KOORDINATOR Michael naïve Ærø Straße ΣΟΦΊΑ 2013 ao Ao oe";
        var expected = new FilteredFolding().Tokens("f", text);

        Assert.Equal(expected, SearchAnalyzers.Exact.Tokens("f", text));
        Assert.Equal(expected, SearchAnalyzers.Exact.Tokens("f", text));
        Assert.Contains(expected, t => t.Term == "århus");
    }

    private static List<string> Terms(Analyzer analyzer, string text, bool lower = true) => analyzer.Terms("f", lower ? text.ToLowerInvariant() : text);

    private sealed class Lowering(bool latin) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new WhitespaceTokenizer(DanishTextAnalyzer.Version, reader);
            TokenStream stream = latin ? new LatinLowerCaseFilter(tokenizer) : new LowerCaseFilter(DanishTextAnalyzer.Version, tokenizer);
            return new TokenStreamComponents(tokenizer, stream);
        }
    }

    /// <summary>The exact chain with its per-word filters run on every token, as before they were remembered.</summary>
    private sealed class FilteredFolding : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(DanishTextAnalyzer.Version, reader);
            var folded = new DanishFoldingFilter(new ScandinavianNormalizationFilter(new LatinLowerCaseFilter(tokenizer)));
            return new TokenStreamComponents(tokenizer, new StopFilter(DanishTextAnalyzer.Version, folded, DanishTextAnalyzer.StopWords));
        }
    }

    private sealed class WhitespaceStemmer(bool remembered) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new WhitespaceTokenizer(DanishTextAnalyzer.Version, reader);
            TokenStream stream = remembered ? new DanishStemFilter(tokenizer) : new SnowballFilter(tokenizer, new DanishStemmer());
            return new TokenStreamComponents(tokenizer, stream);
        }
    }
}
