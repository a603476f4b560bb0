namespace KnowledgeHub.Tests.Search;

public sealed class SuggestAndRelatedTests(SharedServer server) : IClassFixture<SharedServer>
{
    private readonly HttpClient _client = server.Client;

    private async Task<List<(string Text, string Kind, string? Slug)>> SuggestAsync(string prefix, int first = 10)
    {
        var data = await _client.DataAsync("query($p: String!, $n: Int) { suggest(prefix: $p, first: $n) { text kind record { slug } } }", new { p = prefix, n = first });
        return data["suggest"]!.AsArray().Select(s => ((string)s!["text"]!, (string)s["kind"]!, (string?)s["record"]?["slug"])).ToList();
    }

    [Fact]
    public async Task Suggest_completes_words_and_titles()
    {
        var suggestions = await SuggestAsync("forebyggelsesk");
        Assert.Contains(suggestions, s => s.Kind == "TERM" && s.Text == "forebyggelseskommuner");
        Assert.Contains(suggestions, s => s is { Kind: "TITLE", Slug: "projekt-forebyggelseskommuner" } && s.Text == "Projekt Forebyggelseskommuner");
    }

    [Fact]
    public async Task Suggest_keeps_earlier_words_and_offers_thesaurus_terms()
    {
        var suggestions = await SuggestAsync("tidlig ops");
        Assert.Contains(suggestions, s => s.Kind == "TERM" && s.Text == "tidlig opsporing");
        Assert.Contains(suggestions, s => s is { Kind: "TITLE", Slug: "raadgivning-2021-tidlig-opsporing" });
        var english = await SuggestAsync("out-of-ho");
        Assert.Contains(english, s => s.Text == "out-of-home placement");
    }

    [Fact]
    public async Task Suggest_folds_and_limits()
    {
        Assert.Contains(await SuggestAsync("aarh"), s => s.Kind == "TERM" && s.Text.StartsWith("århus", StringComparison.Ordinal));
        Assert.Equal(3, (await SuggestAsync("for", 3)).Count);
        Assert.Empty(await SuggestAsync(""));
        Assert.Empty(await SuggestAsync("zzzxq"));
    }

    [Fact]
    public async Task Related_finds_neighbours_and_never_the_record_itself()
    {
        var data = await _client.DataAsync("""
            { record(slug: "forebyggelseskommune-odense") { slug related(first: 5) { slug } }
              pmto: record(slug: "pmto") { related { __typename slug } } }
            """);
        var odense = data["record"]!["related"]!.AsArray().Select(r => (string)r!["slug"]!).ToList();
        Assert.Equal(5, odense.Count);
        Assert.DoesNotContain("forebyggelseskommune-odense", odense);
        // The other five prevention municipalities' experiences are written alike.
        Assert.True(odense.Count(s => s.StartsWith("forebyggelseskommune-", StringComparison.Ordinal)) >= 3, string.Join(", ", odense));
        Assert.NotEmpty(data["pmto"]!["related"]!.AsArray());
    }

    [Fact]
    public async Task Related_is_on_every_record_type_and_refuses_huge_pages()
    {
        var data = await _client.DataAsync("{ programs(first: 1) { nodes { related(first: 1) { slug } } } inspirationCases(first: 1) { nodes { related(first: 1) { slug } } } }");
        Assert.Single(data["programs"]!["nodes"]![0]!["related"]!.AsArray());
        Assert.Single(data["inspirationCases"]!["nodes"]![0]!["related"]!.AsArray());
        var tooMany = await _client.RefusedAsync("{ record(slug: \"pmto\") { related(first: 500) { slug } } }");
        Assert.Equal("PAGE_SIZE_TOO_LARGE", tooMany.Code());
    }
}
