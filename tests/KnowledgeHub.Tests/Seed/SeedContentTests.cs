namespace KnowledgeHub.Tests.Seed;

/// <summary>
/// What issue 20 asks of the real seed-data/: no template text, every record its own words, and
/// every family programme comparable on age, format and evidence (or saying why it cannot be).
/// </summary>
public sealed class SeedContentTests
{
    /// <summary>The phrases a coverageNote uses to state why a value is missing (seed-data/README.md).</summary>
    private const string NoAge = "Alder ikke angivet:", NoFormat = "Format ikke angivet:", NoAssessment = "Ingen evidensvurdering";

    /// <summary>How an assessment without a date, and a legal basis without a start, say why (seed-data/README.md).</summary>
    private const string NoDate = "Dato ikke angivet:", NoValidFrom = "Gyldig fra ikke fundet:";

    [Fact]
    public void No_two_records_share_a_description()
    {
        var shared = SeedText.Records.Where(r => r.Text("description") is { Length: > 0 })
            .GroupBy(r => r.Text("description")!.Trim()).Where(g => g.Count() > 1)
            .Select(g => string.Join(", ", g.Select(r => r.Slug))).ToList();
        Assert.True(shared.Count == 0, "Shared descriptions: " + string.Join(" | ", shared));
    }

    [Fact]
    public void Every_published_record_has_a_summary_of_its_own()
    {
        var published = SeedText.All.Where(r => r.Published && r.Node["summary"] is not null).ToList();
        Assert.All(published, r => Assert.False(string.IsNullOrWhiteSpace(r.Text("summary")), r.Name));
        var shared = published.GroupBy(r => r.Text("summary")!.Trim()).Where(g => g.Count() > 1)
            .Select(g => string.Join(", ", g.Select(r => r.Name))).ToList();
        Assert.True(shared.Count == 0, "Shared summaries: " + string.Join(" | ", shared));
        Assert.All(SeedText.Records.Where(r => r.Published), r => Assert.NotEqual(r.Text("summary"), r.Text("description")));
    }

    [Fact]
    public void Every_family_programme_has_age_format_and_an_assessment_or_says_why_not()
    {
        var missing = new List<string>();
        foreach (var p in SeedText.FamilyPrograms)
        {
            var note = p.Text("coverageNote") ?? "";
            if (p.Node["targetAgeMin"] is null && p.Node["targetAgeMax"] is null && !note.Contains(NoAge)) missing.Add($"{p.Slug}: age");
            if (string.IsNullOrWhiteSpace(p.Text("format")) && !note.Contains(NoFormat)) missing.Add($"{p.Slug}: format");
            if ((p.Node["evidenceAssessments"]?.AsArray().Count ?? 0) == 0 && !note.Contains(NoAssessment)) missing.Add($"{p.Slug}: assessment");
        }
        Assert.True(missing.Count == 0, "Family programmes without the value or a stated reason: " + string.Join(", ", missing));
    }

    [Fact]
    public void No_text_repeats_twelve_consecutive_words_of_another_record()
    {
        var owners = new Dictionary<string, HashSet<string>>();
        foreach (var entry in SeedText.All)
            foreach (var run in SeedText.Prose(entry).SelectMany(t => SeedText.Runs(t, 12)))
            {
                if (!owners.TryGetValue(run, out var names)) owners[run] = names = [];
                names.Add(entry.Name);
            }
        var repeated = owners.Where(o => o.Value.Count > 1)
            .GroupBy(o => string.Join(", ", o.Value.Order()), o => o.Key)
            .Select(g => $"{g.Key}: \"{g.First()}\"").ToList();
        Assert.True(repeated.Count == 0, $"{repeated.Count} texts repeat another record's words:\n" + string.Join("\n", repeated));
    }

    [Fact]
    public void Every_assessment_has_a_date_or_says_it_is_not_given()
    {
        var missing = SeedText.Records.SelectMany(r => (r.Node["evidenceAssessments"]?.AsArray() ?? [])
                .Where(a => a!["date"] is null && !((string?)a["note"] ?? "").StartsWith(NoDate, StringComparison.Ordinal))
                .Select(a => $"{r.Slug}: {(string)a!["scale"]!} {(string)a["dimension"]!}"))
            .ToList();
        Assert.True(missing.Count == 0, "Assessments with neither a date nor a stated reason: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_legal_basis_has_a_start_or_says_it_was_not_found()
    {
        var missing = SeedText.All.Where(e => e.Kind == "legalBases" && e.Node["validFrom"] is null && !(e.Text("note") ?? "").Contains(NoValidFrom))
            .Select(e => e.Slug).ToList();
        Assert.True(missing.Count == 0, "Legal bases with neither validFrom nor a stated reason: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_stated_count_names_no_more_than_it_states_and_says_what_is_known_of_the_rest()
    {
        var problems = new List<string>();
        foreach (var r in SeedText.Records)
            foreach (var c in r.Node["statedMunicipalityCounts"]?.AsArray() ?? [])
            {
                var role = (string)c!["role"]!;
                var named = r.Node["municipalities"]?.AsArray().Count(m => (string)m!["role"]! == role) ?? 0;
                var count = (int)c["count"]!;
                if ((string?)c["qualifier"] is null or "exact" && named > count) problems.Add($"{r.Slug}: {named} named, {count} stated");
                if (named < count && string.IsNullOrWhiteSpace((string?)c["note"])) problems.Add($"{r.Slug}: {count - named} unnamed without a note");
            }
        Assert.True(problems.Count == 0, string.Join(", ", problems));
    }
}
