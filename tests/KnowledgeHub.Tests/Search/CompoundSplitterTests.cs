using KnowledgeHub.Search.Analysis;

namespace KnowledgeHub.Tests.Search;

public sealed class CompoundSplitterTests
{
    private static readonly CompoundSplitter Splitter = new(new HashSet<string>
    {
        "forebyggelse", "strategi", "kommuner", "anbringelse", "anbringelser", "netværk", "forløb", "institution",
        "behandling", "handling", "familie", "skole", "fravær", "metode", "udbredelse", "programmet",
    });

    [Theory]
    [InlineData("forebyggelsesstrategi", "forebyggelse strategi")]
    [InlineData("forebyggelseskommuner", "forebyggelse kommuner")]
    [InlineData("anbringelsesforløb", "anbringelse forløb")]
    [InlineData("netværksanbringelser", "netværk anbringelser")]
    [InlineData("institutionsanbringelse", "institution anbringelse")]
    [InlineData("familiebehandling", "familie behandling")]
    [InlineData("skolefravær", "skole fravær")]
    [InlineData("metodeudbredelsesprogrammet", "metode udbredelse programmet")]
    public void Compounds_split_into_known_words_without_the_linking_letter(string word, string parts) =>
        Assert.Equal(parts.Split(' '), Splitter.Split(word));

    [Fact]
    public void A_known_head_with_a_long_unknown_tail_gives_the_head() =>
        Assert.Equal(["anbringelse"], Splitter.Split("anbringelsesforløbet"));

    [Theory]
    [InlineData("behandling")]
    [InlineData("kommunerne")]
    [InlineData("strategi")]
    [InlineData("forebyggende")]
    public void Ordinary_words_stay_whole(string word) => Assert.Empty(Splitter.Split(word));
}
