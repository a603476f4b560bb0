using System.Text.Json.Nodes;

namespace KnowledgeHub.Tests.Api;

/// <summary>List filters (some, all, none, any) and filters through related objects.</summary>
public sealed class ListFilterTests(SharedServer server) : IClassFixture<SharedServer>
{
    private readonly HttpClient _client = server.Client;

    private static List<string> Where(IReadOnlyList<JsonObject> records, Func<JsonObject, bool> match) =>
        SeedFacts.Published(records).Where(match).Select(p => (string)p["slug"]!).Order(StringComparer.Ordinal).ToList();

    private async Task<List<string>> SlugsAsync(string field, string where) =>
        (await _client.ValuesAsync(field, where)).Order(StringComparer.Ordinal).ToList();

    private static IEnumerable<string> Themes(JsonObject p) => SeedFacts.Strings(p["themes"]);

    [Fact]
    public async Task Some_none_and_all_themes()
    {
        var some = Where(SeedFacts.Programs, p => Themes(p).Contains("tidlig-opsporing"));
        Assert.NotEmpty(some);
        Assert.Equal(some, await SlugsAsync("programs", """{ themes: { some: { slug: { eq: "tidlig-opsporing" } } } }"""));
        Assert.Equal(
            Where(SeedFacts.Programs, p => !Themes(p).Contains("tidlig-opsporing")),
            await SlugsAsync("programs", """{ themes: { none: { slug: { eq: "tidlig-opsporing" } } } }"""));
        Assert.Equal(
            Where(SeedFacts.Programs, p => Themes(p).All(t => t.Contains('-'))),
            await SlugsAsync("programs", """{ themes: { all: { slug: { contains: "-" } } } }"""));
    }

    [Fact]
    public async Task Any_tells_empty_lists_from_others()
    {
        var without = Where(SeedFacts.Programs, p => p["municipalities"] is null || p["municipalities"]!.AsArray().Count == 0);
        Assert.NotEmpty(without);
        Assert.Equal(without, await SlugsAsync("programs", "{ municipalities: { any: false } }"));
        Assert.Equal(SeedFacts.Programs.Count - without.Count, await _client.CountAsync("programs", "{ municipalities: { any: true } }"));
    }

    [Fact]
    public async Task Programs_whose_municipalities_lie_in_a_region()
    {
        var expected = Where(SeedFacts.Programs, p => SeedFacts.Strings(p["municipalities"], "code").Any(c => SeedFacts.RegionOf(c) == "1084"));
        Assert.NotEmpty(expected);
        Assert.Equal(expected, await SlugsAsync("programs", """{ municipalities: { some: { region: { code: { eq: "1084" } } } } }"""));
    }

    [Fact]
    public async Task Links_with_roles()
    {
        static bool PartnerIn0461(JsonObject p) =>
            p["municipalities"]?.AsArray().Any(l => (string)l!["code"]! == "0461" && (string)l["role"]! == "partner") == true;
        Assert.Equal(
            Where(SeedFacts.Programs, PartnerIn0461),
            await SlugsAsync("programs", """{ municipalityLinks: { some: { role: { eq: PARTNER }, municipality: { code: { eq: "0461" } } } } }"""));
    }

    [Fact]
    public async Task Sources_and_evidence_assessments()
    {
        var fromKora = Where(SeedFacts.Programs, p => SeedFacts.Strings(p["sources"], "url").Any(u => u.Contains("kora.dk", StringComparison.OrdinalIgnoreCase)));
        Assert.NotEmpty(fromKora);
        Assert.Equal(fromKora, await SlugsAsync("programs", """{ sources: { some: { url: { contains: "KORA.dk" } } } }"""));

        var blueprints = Where(SeedFacts.FamilyPrograms, p => SeedFacts.Strings(p["evidenceAssessments"], "scale").Contains("blueprints"));
        Assert.NotEmpty(blueprints);
        Assert.Equal(blueprints, await SlugsAsync("familyPrograms", "{ evidenceAssessments: { some: { scale: { eq: BLUEPRINTS } } } }"));
    }

    [Fact]
    public async Task Related_objects()
    {
        var owned = Where(SeedFacts.FamilyPrograms, p => (string?)p["owner"] == "socialstyrelsen");
        Assert.Equal(owned, await SlugsAsync("familyPrograms", """{ owner: { slug: { eq: "socialstyrelsen" } } }"""));

        var byVive = SeedFacts.Publications.Where(p => (string?)p["publisher"] == "vive").Select(p => (string)p["slug"]!).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(byVive);
        Assert.Equal(byVive, await SlugsAsync("publications", """{ publisher: { slug: { eq: "vive" } } }"""));
    }

    [Fact]
    public async Task Nested_connections_filter_too()
    {
        var data = await _client.DataAsync("""
            { municipality(code: "0461") {
                all: records(first: 50) { nodes { __typename slug } }
                programs: records(first: 50, where: { kind: { eq: PROGRAM } }) { totalCount nodes { slug } }
                others: records(first: 50, where: { kind: { neq: PROGRAM } }) { totalCount nodes { slug } } } }
            """);
        var municipality = data["municipality"]!;
        List<string> Slugs(string alias, bool programs) => municipality[alias]!["nodes"]!.AsArray()
            .Where(n => alias != "all" || ((string)n!["__typename"]! == "Program") == programs).Select(n => (string)n!["slug"]!).ToList();
        Assert.NotEmpty(Slugs("all", programs: true));
        Assert.NotEmpty(Slugs("all", programs: false));
        Assert.Equal(Slugs("all", programs: true), Slugs("programs", programs: true));
        Assert.Equal(Slugs("all", programs: false), Slugs("others", programs: false));
        Assert.Equal(Slugs("programs", true).Count, (int)municipality["programs"]!["totalCount"]!);
    }

    [Fact]
    public async Task An_organisation_by_a_former_name_comes_with_all_its_names()
    {
        var nodes = await _client.NodesAsync("organisations", """{ names: { some: { name: { startsWith: "SERVICESTYRELSEN" } } } }""", selection: "slug names { name }");

        var organisation = Assert.Single(nodes);
        var expected = SeedFacts.Strings(SeedFacts.Organisations.Single(o => (string)o["slug"]! == (string)organisation["slug"]!)["names"], "name");
        Assert.Equal(expected, organisation["names"]!.AsArray().Select(n => (string)n!["name"]!));
    }
}
