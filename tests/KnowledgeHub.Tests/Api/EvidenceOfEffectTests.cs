using System.Text.Json.Nodes;

namespace KnowledgeHub.Tests.Api;

/// <summary>
/// familyPrograms' evidenceOfEffect field, filter and order compare like with like: only ratings
/// of effect count, and "not rated" (UNKNOWN) is told apart from "no effect shown". The expected
/// answers are computed from the seed files (docs/evidence.md), not written as literals.
/// </summary>
public sealed class EvidenceOfEffectTests(SharedServer server) : IClassFixture<SharedServer>
{
    private static readonly string[] Levels = ["UNKNOWN", "NO_EFFECT_SHOWN", "LIMITED", "MODERATE", "GOOD", "STRONG"];
    private static readonly string[] NotAboutEffect = ["målgruppe", "metode", "implementering", "økonomi"];
    private readonly HttpClient _client = server.Client;

    private static Dictionary<string, string> Expected() => SeedFacts.Published(SeedFacts.FamilyPrograms).ToDictionary(
        p => (string)p["slug"]!,
        p => Levels[(p["evidenceAssessments"]?.AsArray() ?? [])
            .Where(a => !NotAboutEffect.Contains((string)a!["dimension"]!))
            .Select(a => Array.IndexOf(Levels, ((string)a!["normalizedLevel"]!).Replace('-', '_').ToUpperInvariant()))
            .DefaultIfEmpty(0).Max()]);

    private async Task<List<JsonNode>> AllAsync(string where, string order)
    {
        var nodes = new List<JsonNode>();
        for (string? after = null; ;)
        {
            var data = await _client.DataAsync(
                $"query($after: String) {{ familyPrograms(first: 7, after: $after, where: {where}, order: {order}) {{ nodes {{ slug evidenceOfEffect }} pageInfo {{ hasNextPage endCursor }} }} }}",
                new { after });
            var page = data["familyPrograms"]!;
            nodes.AddRange(page["nodes"]!.AsArray().Select(n => n!));
            if (!(bool)page["pageInfo"]!["hasNextPage"]!) return nodes;
            after = (string)page["pageInfo"]!["endCursor"]!;
        }
    }

    [Fact]
    public async Task The_field_counts_ratings_of_effect_only()
    {
        var expected = Expected();
        var all = await AllAsync("{}", "[{ slug: ASC }]");
        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), all.Select(n => KeyValuePair.Create((string)n["slug"]!, (string)n["evidenceOfEffect"]!)));
        Assert.Equal("UNKNOWN", expected["triple-p"]); // B/B on målgruppe and metode: well described, not rated for effect
        Assert.Equal("NO_EFFECT_SHOWN", expected["pals"]); // rated, and no effect found
    }

    [Fact]
    public async Task The_filter_keeps_not_rated_apart_from_no_effect_shown()
    {
        var expected = Expected();
        var good = await AllAsync("{ evidenceOfEffect: { in: [GOOD, STRONG] } }", "[{ slug: ASC }]");
        Assert.Equal(expected.Where(e => e.Value is "GOOD" or "STRONG").Select(e => e.Key).Order(StringComparer.Ordinal), good.Select(n => (string)n["slug"]!));

        var notRated = await AllAsync("{ evidenceOfEffect: { eq: UNKNOWN } }", "[{ slug: ASC }]");
        Assert.Equal(expected.Where(e => e.Value == "UNKNOWN").Select(e => e.Key).Order(StringComparer.Ordinal), notRated.Select(n => (string)n["slug"]!));
        Assert.DoesNotContain("pals", notRated.Select(n => (string)n["slug"]!));
    }

    [Fact]
    public async Task Ordering_puts_effect_first_then_no_effect_shown_then_not_rated_across_pages()
    {
        var expected = Expected();
        var ordered = await AllAsync("{}", "[{ evidenceOfEffect: DESC }, { slug: ASC }]");
        var want = expected.OrderByDescending(e => Array.IndexOf(Levels, e.Value)).ThenBy(e => e.Key, StringComparer.Ordinal).Select(e => e.Key);
        Assert.Equal(want, ordered.Select(n => (string)n["slug"]!));
        Assert.True(ordered.FindIndex(n => (string)n["slug"]! == "pals") < ordered.FindIndex(n => (string)n["slug"]! == "triple-p"));
    }
}
