using KnowledgeHub.Search.Analysis;
using KnowledgeHub.Search.Documents;

namespace KnowledgeHub.Tests.Search;

/// <summary>The Danish chain on its own: what words become in the index and in queries.</summary>
public sealed class DanishAnalyzerTests
{
    private static List<string> Stemmed(string text) => SearchAnalyzers.Query.Terms(SearchFields.Title, text);

    private static List<string> Exact(string text) => SearchAnalyzers.Exact.Terms(SearchFields.Exact, text);

    [Theory]
    [InlineData("forebyggelse", "forebyggende")]
    [InlineData("anbringelse", "anbringelser")]
    [InlineData("kommune", "kommunerne")]
    [InlineData("familie", "familierne")]
    public void Inflections_share_a_stem(string a, string b) => Assert.Equal(Stemmed(a), Stemmed(b));

    [Fact]
    public void Text_is_lower_cased_and_stop_words_removed()
    {
        Assert.Equal(["tidlig", "indsats", "børn"], Exact("Tidlig indsats for og med BØRN"));
    }

    [Theory]
    [InlineData("Aarhus", "Århus")]
    [InlineData("boern", "børn")]
    [InlineData("Foraeldre", "forældre")]
    [InlineData("raadgivning", "rådgivning")]
    [InlineData("café", "cafe")]
    [InlineData("Brøndby", "BRØNDBY")]
    public void Spellings_fold_together(string a, string b)
    {
        Assert.Equal(Exact(b), Exact(a));
        Assert.Equal(Stemmed(b), Stemmed(a));
    }

    [Fact]
    public void Danish_letters_stay_letters() => Assert.NotEqual(Exact("får"), Exact("far"));

    [Fact]
    public void Stop_words_are_matched_after_folding() => Assert.Empty(Exact("saadan ogsaa"));

    [Fact]
    public void Index_analysis_adds_compound_parts_at_the_compound_position()
    {
        var splitter = new CompoundSplitter(new HashSet<string> { "forebyggelse", "strategi", "anbringelse", "forløb" });
        var analyzer = new SearchAnalyzers(splitter).Index;
        var tokens = analyzer.Tokens(SearchFields.Body, "En forebyggelsesstrategi og anbringelsesforløb");

        var compound = tokens.Single(t => t.Term == "forebyggelsesstrategi");
        var part = tokens.Single(t => t.Term == Stemmed("forebyggelse").Single());
        Assert.Equal(compound.Position, part.Position);
        Assert.Equal((compound.Start, compound.End), (part.Start, part.End));
        Assert.Contains(tokens, t => t.Term == Stemmed("anbringelse").Single());
        Assert.Contains(tokens, t => t.Term == "strategi");
        Assert.Contains(tokens, t => t.Term == Stemmed("forløb").Single());
    }

    [Fact]
    public void Query_analysis_does_not_split() =>
        Assert.Single(Stemmed("forebyggelsesstrategi"));
}
