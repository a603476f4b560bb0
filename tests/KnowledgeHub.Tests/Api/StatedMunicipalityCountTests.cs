using System.Text.Json.Nodes;

namespace KnowledgeHub.Tests.Api;

/// <summary>
/// A stated number of municipalities beside the ones named: "24 stated, 10 known by name", served
/// from the seed as written, filterable, and refused on a write when the number is below the names.
/// </summary>
public sealed class StatedMunicipalityCountTests(EditingServer server) : IClassFixture<EditingServer>
{
    private const string Source = """{ title: "Kilde", url: "https://example.org/kilde" }""";

    [Fact]
    public async Task The_advisory_courses_say_24_stated_and_10_named()
    {
        var data = await server.Anonymous.DataAsync("""
            { record(slug: "raadgivningsforloeb-2016-2019") { statedMunicipalityCounts { role count qualifier named asOf note source { url } } } }
            """);
        var counts = data["record"]!["statedMunicipalityCounts"]!.AsArray();
        var advised = counts.Single(c => (int)c!["count"]! == 24)!;
        Assert.Equal(("PARTICIPANT", "EXACT", 10, "2019"), ((string)advised["role"]!, (string)advised["qualifier"]!, (int)advised["named"]!, (string)advised["asOf"]!));
        Assert.StartsWith("http", (string)advised["source"]!["url"]!);
        Assert.Contains(counts, c => (int)c!["count"]! == 18 && (int)c["named"]! == 10);
    }

    [Fact]
    public async Task Every_seeded_count_is_served_with_named_from_the_records_own_links()
    {
        var data = await server.Anonymous.DataAsync("""
            { a: programs(first: 50) { nodes { slug municipalityLinks { role } statedMunicipalityCounts { role count qualifier named } } }
              b: familyPrograms(first: 50) { nodes { slug municipalityLinks { role } statedMunicipalityCounts { role count qualifier named } } } }
            """);
        var served = data["a"]!["nodes"]!.AsArray().Concat(data["b"]!["nodes"]!.AsArray()).ToDictionary(n => (string)n!["slug"]!);
        var seeded = SeedFacts.Published(SeedFacts.Programs).Concat(SeedFacts.Published(SeedFacts.FamilyPrograms))
            .Where(r => r["statedMunicipalityCounts"] is not null).ToList();
        Assert.True(seeded.Count >= 10, $"only {seeded.Count} records state a count");
        foreach (var seed in seeded)
        {
            var record = served[(string)seed["slug"]!]!;
            var counts = record["statedMunicipalityCounts"]!.AsArray();
            Assert.Equal(seed["statedMunicipalityCounts"]!.AsArray().Select(c => (int)c!["count"]!).Order(), counts.Select(c => (int)c!["count"]!).Order());
            foreach (var c in counts)
            {
                var role = (string)c!["role"]!;
                Assert.Equal(record["municipalityLinks"]!.AsArray().Count(l => (string)l!["role"]! == role), (int)c["named"]!);
            }
        }

        var fft = served["fft"]!["statedMunicipalityCounts"]!.AsArray();
        Assert.Contains(fft, c => (int)c!["count"]! == 12 && (string)c["qualifier"]! == "MORE_THAN" && (int)c["named"]! == 0);
    }

    [Fact]
    public async Task A_filter_finds_records_by_a_stated_count()
    {
        var data = await server.Anonymous.DataAsync("""
            { programs(first: 50, where: { statedMunicipalityCounts: { some: { role: { eq: REFERENCE }, count: { gte: 19 } } } }, order: [{ slug: ASC }]) { nodes { slug } } }
            """);
        Assert.Equal(["partnerskabsprojektet", "referencenetvaerket"], data["programs"]!["nodes"]!.AsArray().Select(n => (string)n!["slug"]!));
    }

    [Fact]
    public async Task A_count_goes_in_and_out_through_the_mutations_and_may_not_be_below_the_named()
    {
        var editor = await server.EditorAsync();
        var slug = Records.NewSlug("antal");
        var created = await editor.DataAsync($$"""
            mutation { createProgram(input: { slug: "{{slug}}", title: "P", summary: "S", category: PROJECT, sources: [{{Source}}],
                municipalities: [{ code: "0461", role: PARTICIPANT }, { code: "0101", role: PARTICIPANT }],
                statedMunicipalityCounts: [{ role: PARTICIPANT, count: 21, asOf: "2019", note: "To navngivet.", source: {{Source}} }] }) {
              program { id version statedMunicipalityCounts { role count qualifier named asOf note } } errors { __typename } } }
            """);
        var program = created["createProgram"]!["program"]!;
        var count = program["statedMunicipalityCounts"]![0]!;
        Assert.Equal((21, "EXACT", 2, "2019", "To navngivet."), ((int)count["count"]!, (string)count["qualifier"]!, (int)count["named"]!, (string)count["asOf"]!, (string)count["note"]!));

        var refused = await editor.DataAsync("""
            mutation($id: ID!) { updateProgram(input: { id: $id, version: 1,
                statedMunicipalityCounts: [{ role: PARTICIPANT, count: 1, source: { title: "Kilde", url: "https://example.org/kilde" } }] }) {
              program { version } errors { __typename ... on ValidationError { field message } } } }
            """, new { id = (string)program["id"]! });
        var error = refused["updateProgram"]!["errors"]![0]!;
        Assert.Equal(("ValidationError", "statedMunicipalityCounts[0].count"), ((string)error["__typename"]!, (string)error["field"]!));
        Assert.Null(refused["updateProgram"]!["program"]);

        var lowerBound = await editor.DataAsync("""
            mutation($id: ID!) { updateProgram(input: { id: $id, version: 1,
                statedMunicipalityCounts: [{ role: PARTICIPANT, count: 1, qualifier: MORE_THAN, source: { title: "Kilde", url: "https://example.org/kilde" } }] }) {
              program { version statedMunicipalityCounts { count qualifier named } } errors { __typename } } }
            """, new { id = (string)program["id"]! });
        Assert.Null(lowerBound["updateProgram"]!["errors"]);
        Assert.Equal(2, (int)lowerBound["updateProgram"]!["program"]!["version"]!);
    }
}
