namespace KnowledgeHub.Tests.Seed;

/// <summary>
/// What issue 20 asks of the real seed-data/: no template text, every record its own words, and
/// every family programme comparable on age, format and evidence (or saying why it cannot be).
/// </summary>
public sealed class SeedContentTests
{
    /// <summary>The phrases a coverageNote uses to state why a value is missing (seed-data/README.md).</summary>
    private const string NoAge = "Alder ikke angivet:", NoFormat = "Format ikke angivet:", NoAssessment = "Ingen evidensvurdering";

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
}
