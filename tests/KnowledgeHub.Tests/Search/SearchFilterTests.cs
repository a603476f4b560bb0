namespace KnowledgeHub.Tests.Search;

/// <summary>Filters, facets, sorting and paging of <c>search</c>, and its refusals, on the real seed data.</summary>
public sealed class SearchFilterTests(SharedServer server) : IClassFixture<SharedServer>
{
    private readonly HttpClient _client = server.Client;

    [Fact]
    public async Task Kind_facet_adds_up_to_the_total_and_counts_the_whole_result_set()
    {
        var result = await _client.SearchAsync("forebyggelse", "first: 2");
        Assert.Equal((int)result["totalCount"]!, result.Facet("KIND").Values.Sum());
        Assert.Equal((int)result["totalCount"]!, result.Facet("EVIDENCE_LEVEL").Values.Sum());
        Assert.True((int)result["totalCount"]! > 2);
    }

    [Fact]
    public async Task An_empty_query_lists_everything_visible()
    {
        var result = await _client.SearchAsync("", "first: 1");
        var records = await _client.DataAsync("{ programs { totalCount } familyPrograms { totalCount } inspirationCases { totalCount } municipalExperiences { totalCount } }");
        var total = records.AsObject().Sum(kv => (int)kv.Value!["totalCount"]!);
        Assert.Equal(total, (int)result["totalCount"]!);
        Assert.Equal(records["familyPrograms"]!["totalCount"]!.GetValue<int>(), result.Facet("KIND")["FAMILY_PROGRAM"]);
    }

    [Fact]
    public async Task Facets_are_counted_within_the_filters_and_a_facet_value_is_a_filter()
    {
        var all = await _client.SearchAsync("forebyggelse");
        var programmes = all.Facet("KIND")["FAMILY_PROGRAM"];
        var filtered = await _client.SearchAsync("forebyggelse", "first: 50", new { kinds = new[] { "FAMILY_PROGRAM" } });
        Assert.Equal(programmes, (int)filtered["totalCount"]!);
        Assert.Equal(["FAMILY_PROGRAM"], filtered.Facet("KIND").Keys);
        Assert.All(filtered.Hits(), h => Assert.Equal("FamilyProgram", (string)h["record"]!["__typename"]!));
    }

    [Fact]
    public async Task Theme_filter_includes_sub_themes()
    {
        // tidlig-opsporing is a sub-theme of omlaegning-til-tidligere-forebyggelse.
        var sub = await _client.SearchAsync("", "first: 50", new { themes = new[] { "tidlig-opsporing" } });
        // Both answers are larger than a page since the second content round, so compare every page.
        var subAll = await _client.AllSlugsAsync("", new { themes = new[] { "tidlig-opsporing" } });
        var parentAll = await _client.AllSlugsAsync("", new { themes = new[] { "omlaegning-til-tidligere-forebyggelse" } });
        Assert.Contains("raadgivning-2021-tidlig-opsporing", subAll);
        Assert.Equal((int)sub["totalCount"]!, subAll.Count);
        Assert.Subset(parentAll.ToHashSet(), subAll.ToHashSet());
        Assert.Equal((int)sub["totalCount"]!, sub.Facet("THEME")["tidlig-opsporing"]);
    }

    [Fact]
    public async Task Municipality_and_region_filters()
    {
        // Odense (0461) is in Region Syddanmark (1083); Aalborg's "851" is read as 0851.
        var odense = await _client.SearchAsync("", "first: 50", new { municipalities = new[] { "0461" } });
        Assert.Contains("forebyggelseskommune-odense", odense.Slugs());
        Assert.Equal((int)odense["totalCount"]!, odense.Facet("MUNICIPALITY")["0461"]);
        var syddanmark = await _client.SearchAsync("", "first: 50", new { regions = new[] { "1083" } });
        Assert.Subset(syddanmark.Slugs().ToHashSet(), odense.Slugs().ToHashSet());
        Assert.Equal("Region Syddanmark", (string)syddanmark["facets"]!.AsArray().Single(f => (string)f!["field"]! == "REGION")!["values"]!.AsArray()
            .Single(v => (string)v!["value"]! == "1083")!["label"]!);
        var aalborg = await _client.SearchAsync("", "first: 50", new { municipalities = new[] { "851" } });
        Assert.Contains("triple-p-stepping-stones", aalborg.Slugs());
    }

    [Fact]
    public async Task Target_age_filter_keeps_overlapping_ranges()
    {
        // FFT is for 11–17, MST for 12–17, De Utrolige År – Småbørn for 1–3.
        var teens = await _client.SearchAsync("", "first: 50", new { targetAge = new { from = 15, to = 16 } });
        Assert.Contains("fft", teens.Slugs());
        Assert.Contains("mst", teens.Slugs());
        Assert.DoesNotContain("de-utrolige-aar-smaaboern", teens.Slugs());
        var toddlers = await _client.SearchAsync("", "first: 50", new { targetAge = new { to = 2 } });
        Assert.Contains("de-utrolige-aar-smaaboern", toddlers.Slugs());
        Assert.DoesNotContain("mst", toddlers.Slugs());
    }

    [Fact]
    public async Task Minimum_evidence_level_counts_evidence_of_effect_only()
    {
        // MST: A on "målgruppe" and "metode" (not about effect) but Blueprints "Model" overall → GOOD.
        var good = await _client.SearchAsync("", "first: 50", new { minEvidenceLevel = "GOOD" });
        Assert.Contains("mst", good.Slugs());
        Assert.Contains("fft", good.Slugs());
        // PMTO: A/A on målgruppe and metode do not count, Ungsinn's 5 (strong evidence of effect, Norway) does;
        // the Danish trial's "no difference" stays beside it and does not pull it down.
        Assert.Contains("pmto", good.Slugs());
        Assert.Equal(1, good.Facet("EVIDENCE_LEVEL")["STRONG"]);
        Assert.DoesNotContain("triple-p", good.Slugs()); // B/B on målgruppe and metode only: not rated for effect
        Assert.DoesNotContain("pals", good.Slugs()); // A on "metode" only; its effect evaluation found none
    }

    [Fact]
    public async Task Active_years_and_organisation_filters()
    {
        // The 2014 prevention package ran 2014–2017; Projekt Forebyggelseskommuner started in 2011.
        var in2016 = await _client.SearchAsync("", "first: 50", new { activeYears = new { from = 2016, to = 2016 } });
        Assert.Contains("forebyggelsespakken", in2016.Slugs());
        var before2010 = await _client.SearchAsync("", "first: 50", new { activeYears = new { to = 2009 } });
        Assert.DoesNotContain("forebyggelsespakken", before2010.Slugs());
        Assert.Contains("pmto", before2010.Slugs()); // in Denmark since 2004
        var deloitte = await _client.SearchAsync("", "first: 50", new { organisations = new[] { "deloitte" } });
        Assert.Contains("projekt-forebyggelseskommuner", deloitte.Slugs());
        Assert.DoesNotContain("pmto", deloitte.Slugs());
    }

    [Fact]
    public async Task Orders_newest_and_title()
    {
        var newest = await _client.DataAsync("{ search(query: \"\", order: NEWEST, first: 50) { nodes { record { startYear } } } }");
        var years = newest["search"]!["nodes"]!.AsArray().Select(n => (int?)n!["record"]!["startYear"]).ToList();
        var known = years.TakeWhile(y => y is not null).Select(y => y!.Value).ToList();
        Assert.Equal(known.OrderByDescending(y => y), known);
        Assert.All(years.Skip(known.Count), y => Assert.Null(y));

        var byTitle = await _client.DataAsync("{ search(query: \"forebyggelse\", order: TITLE, first: 50) { nodes { record { title } } } }");
        var titles = byTitle["search"]!["nodes"]!.AsArray().Select(n => (string)n!["record"]!["title"]!).ToList();
        // Danish alphabetical order (æ, ø, å after z) of the letters and digits; punctuation does not count.
        static string Letters(string t) => string.Join(' ', new string(t.Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray()).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var danish = StringComparer.Create(new System.Globalization.CultureInfo("da-DK"), ignoreCase: true);
        Assert.Equal(titles.OrderBy(Letters, danish), titles);
    }

    [Fact]
    public async Task Pages_follow_on_without_gaps()
    {
        var first = await _client.SearchAsync("forebyggelse", "first: 5");
        var second = await _client.SearchAsync("forebyggelse", $"first: 5, after: \"{(string)first["pageInfo"]!["endCursor"]!}\"");
        var both = await _client.SearchAsync("forebyggelse", "first: 10");
        Assert.Equal(both.Slugs(), first.Slugs().Concat(second.Slugs()));
        Assert.True((bool)first["pageInfo"]!["hasNextPage"]!);
        Assert.True((bool)second["pageInfo"]!["hasPreviousPage"]!);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("AND")]
    [InlineData("*")]
    [InlineData("forebyggelse AND")]
    [InlineData("title:(pmto OR")]
    [InlineData("\\")]
    [InlineData("-")]
    [InlineData("og i at")]
    public async Task Input_Lucene_rejects_is_no_error(string query)
    {
        var result = await _client.QueryAsync("query($q: String!) { search(query: $q) { totalCount searchedFor } }", new { q = query });
        Assert.Null(result["errors"]);
    }

    [Fact]
    public async Task Ten_thousand_characters_are_searched_and_more_are_refused()
    {
        var words = string.Concat(Enumerable.Repeat("forebyggelse anbringelse ", 500))[..10_000];
        var ok = await _client.SearchAsync(words);
        Assert.True((int)ok["totalCount"]! > 0);
        var tooLong = await _client.QueryAsync("query($q: String!) { search(query: $q) { totalCount } }", new { q = words + "x" });
        Assert.Equal("INVALID_SEARCH_QUERY", tooLong.Code());
        var blob = await _client.QueryAsync("query($q: String!) { search(query: $q) { totalCount } }", new { q = new string('x', 10_000) });
        Assert.Null(blob["errors"]);
    }

    [Fact]
    public async Task Bad_arguments_have_codes()
    {
        var range = await _client.QueryAsync("{ search(query: \"\", where: { targetAge: { from: 10, to: 2 } }) { totalCount } }");
        Assert.Equal("INVALID_SEARCH_FILTER", range.Code());
        var size = await _client.RefusedAsync("{ search(query: \"pmto\", first: 500) { totalCount } }");
        Assert.Equal("PAGE_SIZE_TOO_LARGE", size.Code());
        var cursor = await _client.QueryAsync("{ search(query: \"pmto\", after: \"bm9wZQ\") { totalCount } }");
        Assert.Equal("INVALID_CURSOR", cursor.Code());
    }
}
