namespace KnowledgeHub.Tests.Api;

/// <summary>StringOperationFilterInput: exact eq/neq/in/nin; contains/startsWith/endsWith ignore case, Danish letters too.</summary>
public sealed class StringFilterTests(SharedServer server) : IClassFixture<SharedServer>
{
    private readonly HttpClient _client = server.Client;

    private static List<string> NamesWhere(Func<string, bool> match) =>
        SeedFacts.Municipalities.Select(m => (string)m["name"]!).Where(match).Order(StringComparer.Ordinal).ToList();

    [Theory]
    [InlineData("Ø", "ø")]
    [InlineData("ø", "ø")]
    [InlineData("ÆRØ", "ærø")]
    [InlineData("TAARBÆK", "taarbæk")]
    public async Task Contains_ignores_case_of_danish_letters(string typed, string lower)
    {
        var names = await _client.ValuesAsync("municipalities", $$"""{ name: { contains: "{{typed}}" } }""", "name");

        var expected = NamesWhere(n => n.ToLowerInvariant().Contains(lower, StringComparison.Ordinal));
        Assert.NotEmpty(expected);
        Assert.Equal(expected, names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Contains_finds_an_upper_case_letter_from_a_lower_case_one()
    {
        Assert.Equal(["Ærø"], await _client.ValuesAsync("municipalities", """{ name: { startsWith: "æ" } }""", "name"));
    }

    [Theory]
    [InlineData("title", "utrolige år")]
    [InlineData("abbreviation", "duå")]
    public async Task Lower_case_å_finds_upper_case_Å(string field, string typed)
    {
        var slugs = await _client.ValuesAsync("familyPrograms", $$"""{ {{field}}: { contains: "{{typed}}" } }""");

        var matching = SeedFacts.Published(SeedFacts.FamilyPrograms)
            .Where(p => ((string?)p[field])?.ToLowerInvariant().Contains(typed, StringComparison.Ordinal) == true).ToList();
        Assert.NotEmpty(matching);
        Assert.All(matching, p => Assert.Contains("Å", (string)p[field]!, StringComparison.Ordinal));
        Assert.Equal(matching.Select(p => (string)p["slug"]!).Order(StringComparer.Ordinal), slugs.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task StartsWith_and_endsWith_ignore_case()
    {
        var starts = await _client.ValuesAsync("municipalities", """{ name: { startsWith: "HØ" } }""", "name");
        var ends = await _client.ValuesAsync("municipalities", """{ name: { endsWith: "BORG" } }""", "name");

        Assert.Equal(NamesWhere(n => n.StartsWith("Hø", StringComparison.Ordinal)), starts.Order(StringComparer.Ordinal));
        Assert.Equal(NamesWhere(n => n.EndsWith("borg", StringComparison.Ordinal)), ends.Order(StringComparer.Ordinal));
        Assert.NotEmpty(starts);
        Assert.NotEmpty(ends);
    }

    [Theory]
    [InlineData("ncontains", "contains", "ø")]
    [InlineData("nstartsWith", "startsWith", "h")]
    [InlineData("nendsWith", "endsWith", "e")]
    public async Task Negations_are_the_complement(string negation, string operation, string text)
    {
        var matching = await _client.CountAsync("municipalities", $$"""{ name: { {{operation}}: "{{text}}" } }""");
        var rest = await _client.CountAsync("municipalities", $$"""{ name: { {{negation}}: "{{text}}" } }""");

        Assert.InRange(matching, 1, 97);
        Assert.Equal(98, matching + rest);
    }

    [Fact]
    public async Task Eq_in_and_nin_compare_exactly()
    {
        Assert.Equal(["0101"], await _client.ValuesAsync("municipalities", """{ code: { eq: "0101" } }""", "code"));
        Assert.Empty(await _client.ValuesAsync("municipalities", """{ name: { eq: "københavn" } }""", "name"));
        Assert.Equal(["0101", "0461"], (await _client.ValuesAsync("municipalities", """{ code: { in: ["0461", "0101", "9999"] } }""", "code")).Order());
        Assert.Equal(96, await _client.CountAsync("municipalities", """{ code: { nin: ["0461", "0101"] } }"""));
        Assert.Equal(97, await _client.CountAsync("municipalities", """{ code: { neq: "0101" } }"""));
    }

    [Fact]
    public async Task Missing_text_counts_as_not_containing()
    {
        var withoutAbbreviation = SeedFacts.Published(SeedFacts.FamilyPrograms).Count(p => p["abbreviation"] is null);
        var notContaining = await _client.CountAsync("familyPrograms", """{ abbreviation: { ncontains: "zzz" } }""");
        var containing = await _client.CountAsync("familyPrograms", """{ abbreviation: { contains: "" } }""");

        Assert.True(withoutAbbreviation > 0);
        Assert.Equal(SeedFacts.Published(SeedFacts.FamilyPrograms).Count, notContaining);
        Assert.Equal(notContaining - withoutAbbreviation, containing);
        Assert.Equal(withoutAbbreviation, await _client.CountAsync("familyPrograms", "{ abbreviation: { eq: null } }"));
    }
}
