namespace KnowledgeHub.Tests.Search;

/// <summary>Danish search on the real seed data, through HTTP: analysis, syntax, typos, synonyms.</summary>
public sealed class SearchBehaviourTests(SharedServer server) : IClassFixture<SharedServer>
{
    private readonly HttpClient _client = server.Client;

    [Fact]
    public async Task Stemming_finds_other_inflections()
    {
        // "anbringelser" (plural) finds the records that only say "anbringelse", e.g. MST's summary.
        var plural = await _client.SearchAsync("anbringelser", "first: 50");
        Assert.Contains("mst", plural.Slugs());
        Assert.Equal((int)(await _client.SearchAsync("anbringelse"))["totalCount"]!, (int)plural["totalCount"]!);
    }

    [Fact]
    public async Task A_word_finds_compounds_that_start_with_it()
    {
        // No Forebyggelseskommuner record has "forebyggelse" as a word of its title; the compounds must carry it.
        var result = await _client.SearchAsync("forebyggelse", "first: 50");
        Assert.Contains("forebyggelseskommuner-fase-strategi", result.Slugs()); // "Forebyggelsesstrategi"
        Assert.Contains("projekt-forebyggelseskommuner", result.Slugs());      // "Forebyggelseskommuner"
        var strategi = result.Hits().First(h => (string)h["record"]!["slug"]! == "forebyggelseskommuner-fase-strategi");
        Assert.Contains("<mark>Forebyggelsesstrategi</mark>", Fragments(strategi, "title"));
    }

    [Fact]
    public async Task A_word_finds_compounds_that_end_with_it()
    {
        // "netværksanbringelser" is the only form in the Partnerskabsprojektet-era programme texts.
        var result = await _client.SearchAsync("anbringelse", "first: 50");
        var withCompound = result.Hits().Where(h => h.Marked().Contains("<mark>netværksanbringelser</mark>", StringComparison.OrdinalIgnoreCase));
        Assert.NotEmpty(withCompound);
    }

    [Theory]
    [InlineData("Aarhus", "forebyggelseskommune-aarhus")]
    [InlineData("Hjoerring", "raadgivningskommune-hjoerring")]
    [InlineData("Broendby sundhedspleje", "icdp-broendby")]
    [InlineData("FORAELDRETRAENING", "pmto")]
    public async Task Aa_ae_oe_find_å_æ_ø(string query, string expected) =>
        Assert.Contains(expected, (await _client.SearchAsync(query, "first: 3")).Slugs());

    [Theory]
    [InlineData("out-of-home placement", "raadgivningskommune-billund")]                // anbringelse
    [InlineData("notification of concern", "inspiration-assens-dialogbaseret-underretning")] // underretning
    [InlineData("early detection", "raadgivning-2021-tidlig-opsporing")]                   // tidlig opsporing
    [InlineData("Incredible Years", "de-utrolige-aar")]                                    // De Utrolige År
    [InlineData("Functional Family Therapy", "fft")]                                       // Funktionel Familieterapi
    public async Task English_terms_find_Danish_records(string query, string expected) =>
        Assert.Contains(expected, (await _client.SearchAsync(query, "first: 3")).Slugs());

    [Fact]
    public async Task A_phrase_needs_its_words_together()
    {
        var phrase = await _client.SearchAsync("\"tidlig indsats\"", "first: 50");
        var words = await _client.SearchAsync("tidlig indsats", "first: 50");
        Assert.True((int)phrase["totalCount"]! < (int)words["totalCount"]!);
        Assert.Contains("forebyggelsespakken", phrase.Slugs()); // "Tidlig Indsats – Livslang Effekt"
        Assert.All(phrase.Hits(), h => Assert.Matches("(?i)<mark>tidlig</mark> <mark>indsats</mark>", h.Marked()));
    }

    [Fact]
    public async Task Exclusion_removes_records_with_the_word()
    {
        var all = await _client.SearchAsync("forældreprogram", "first: 50");
        var without = await _client.SearchAsync("forældreprogram -Utrolige", "first: 50");
        Assert.Contains(all.Slugs(), s => s.StartsWith("de-utrolige-aar", StringComparison.Ordinal));
        Assert.DoesNotContain(without.Slugs(), s => s.StartsWith("de-utrolige-aar", StringComparison.Ordinal));
        Assert.NotEmpty(without.Slugs());
    }

    [Fact]
    public async Task Prefix_finds_words_that_start_with_it()
    {
        var result = await _client.SearchAsync("metodeudbred*", "first: 5");
        Assert.Equal("metodeudbredelsesprogrammet", result.Slugs()[0]);
        Assert.Equal("metodeudbred*", (string)result["searchedFor"]!);
    }

    [Theory]
    [InlineData("forebygelse", "forebyggelse")]
    [InlineData("anbringlse", "anbringelse")]
    [InlineData("familiebehandlng", "familiebehandling")]
    public async Task A_typo_is_searched_as_the_closest_word_and_said_so(string typo, string word)
    {
        var result = await _client.SearchAsync(typo);
        Assert.True((int)result["totalCount"]! > 0);
        Assert.Equal(word, (string)result["searchedFor"]!);
        Assert.Equal(typo, (string)result["corrections"]![0]!["from"]!);
        Assert.Equal(word, (string)result["corrections"]![0]!["to"]!);
    }

    [Fact]
    public async Task Known_words_are_not_corrected()
    {
        var result = await _client.SearchAsync("anbringelse Herning");
        Assert.Empty(result["corrections"]!.AsArray());
        Assert.Equal("anbringelse Herning", (string)result["searchedFor"]!);
    }

    [Fact]
    public async Task More_matching_words_rank_higher_but_not_all_are_required()
    {
        // "MST" and "kriminalitet" both fit MST; a record with only one of them still comes back.
        var result = await _client.SearchAsync("MST kriminalitet", "first: 50");
        Assert.Equal("mst", result.Slugs()[0]);
        Assert.True((int)result["totalCount"]! > (int)(await _client.SearchAsync("+MST +kriminalitet", "first: 50"))["totalCount"]!);
    }

    [Fact]
    public async Task Highlights_mark_the_query_words_and_escape_the_rest()
    {
        var hit = (await _client.SearchAsync("dialogbaseret underretning", "first: 1")).Hits().Single();
        var fragments = hit["highlights"]!.AsArray().SelectMany(h => h!["fragments"]!.AsArray()).Select(f => (string)f!).ToList();
        Assert.Contains(fragments, f => f.Contains("<mark>Dialogbaseret</mark> <mark>underretning</mark>", StringComparison.OrdinalIgnoreCase));
        Assert.All(fragments, f => Assert.DoesNotContain("&#", f, StringComparison.Ordinal));
        Assert.Contains(hit["highlights"]!.AsArray(), h => (string)h!["field"]! == "description");
    }

    private static string Fragments(System.Text.Json.Nodes.JsonNode hit, string field) =>
        string.Join("\n", hit["highlights"]!.AsArray().Where(h => (string)h!["field"]! == field).SelectMany(h => h!["fragments"]!.AsArray()).Select(f => (string)f!));
}
