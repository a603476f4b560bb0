using System.Text.Json.Nodes;

namespace KnowledgeHub.Tests.Api;

/// <summary>Comparable (Int, Long, DateTime) and enum operation inputs, and and/or.</summary>
public sealed class ValueFilterTests(SharedServer server) : IClassFixture<SharedServer>
{
    private readonly HttpClient _client = server.Client;

    private static IReadOnlyList<JsonObject> Programs => SeedFacts.Published(SeedFacts.Programs);

    private static List<string> ProgramsWhere(Func<JsonObject, bool> match) =>
        Programs.Where(match).Select(p => (string)p["slug"]!).Order(StringComparer.Ordinal).ToList();

    private async Task<List<string>> SlugsAsync(string where) =>
        (await _client.ValuesAsync("programs", where)).Order(StringComparer.Ordinal).ToList();

    private static int? Start(JsonObject p) => (int?)p["startYear"];

    [Fact]
    public async Task Int_ranges_and_lists()
    {
        Assert.Equal(ProgramsWhere(p => Start(p) is >= 2014 and < 2017), await SlugsAsync("{ startYear: { gte: 2014, lt: 2017 } }"));
        Assert.Equal(ProgramsWhere(p => Start(p) is > 2015 and <= 2021), await SlugsAsync("{ startYear: { gt: 2015, lte: 2021 } }"));
        Assert.Equal(ProgramsWhere(p => Start(p) is 2011 or 2021), await SlugsAsync("{ startYear: { in: [2011, 2021] } }"));
        Assert.Equal(ProgramsWhere(p => Start(p) is not (2011 or 2021)), await SlugsAsync("{ startYear: { nin: [2011, 2021] } }"));
        Assert.Equal(ProgramsWhere(p => Start(p) == 2016), await SlugsAsync("{ startYear: { eq: 2016 } }"));
        Assert.Equal(ProgramsWhere(p => Start(p) != 2016), await SlugsAsync("{ startYear: { neq: 2016 } }"));
    }

    [Fact]
    public async Task Missing_values_match_eq_null_and_every_negated_comparison()
    {
        var missing = ProgramsWhere(p => Start(p) is null);
        Assert.NotEmpty(missing);
        Assert.Equal(missing, await SlugsAsync("{ startYear: { eq: null } }"));
        Assert.Equal(ProgramsWhere(p => Start(p) is not >= 2014), await SlugsAsync("{ startYear: { ngte: 2014 } }"));
        Assert.Equal(ProgramsWhere(p => Start(p) is not > 2014), await SlugsAsync("{ startYear: { ngt: 2014 } }"));
        Assert.Equal(ProgramsWhere(p => Start(p) is not < 2014), await SlugsAsync("{ startYear: { nlt: 2014 } }"));
        Assert.Equal(ProgramsWhere(p => Start(p) is not <= 2014), await SlugsAsync("{ startYear: { nlte: 2014 } }"));
    }

    [Fact]
    public async Task Long_amounts()
    {
        var expected = ProgramsWhere(p => (long?)p["fundingAmountDkk"] > 50_000_000);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, await SlugsAsync("{ fundingAmountDkk: { gt: 50000000 } }"));
    }

    [Fact]
    public async Task Date_times()
    {
        Assert.Equal(Programs.Count, await _client.CountAsync("programs", """{ updatedAt: { gt: "2000-01-01T00:00:00Z", lt: "2999-01-01T00:00:00Z" } }"""));
        Assert.Equal(0, await _client.CountAsync("programs", """{ createdAt: { lte: "2000-01-01T00:00:00Z" } }"""));
    }

    [Fact]
    public async Task Dates()
    {
        var legalBases = SeedFacts.LegalBases.ToDictionary(l => (string)l["slug"]!, l => (string?)l["validTo"]);
        var expected = ProgramsWhere(p => SeedFacts.Strings(p["legalBases"]).Any(l => legalBases[l] is { } to && string.CompareOrdinal(to, "2024-01-01") < 0));
        Assert.NotEmpty(expected);

        Assert.Equal(expected, await SlugsAsync("""{ legalBases: { some: { validTo: { lt: "2024-01-01" } } } }"""));
    }

    [Fact]
    public async Task Enums()
    {
        static string Category(JsonObject p) => (string)p["category"]!;
        Assert.Equal(ProgramsWhere(p => Category(p) == "phase"), await SlugsAsync("{ category: { eq: PHASE } }"));
        Assert.Equal(ProgramsWhere(p => Category(p) != "phase"), await SlugsAsync("{ category: { neq: PHASE } }"));
        Assert.Equal(ProgramsWhere(p => Category(p) is "package" or "political-agreement"), await SlugsAsync("{ category: { in: [PACKAGE, POLITICAL_AGREEMENT] } }"));
        Assert.Equal(ProgramsWhere(p => Category(p) is not ("initiative" or "phase")), await SlugsAsync("{ category: { nin: [INITIATIVE, PHASE] } }"));
    }

    [Fact]
    public async Task And_and_or_combine_conditions()
    {
        Assert.Equal(
            ProgramsWhere(p => (string)p["category"]! == "phase" || Start(p) == 2016),
            await SlugsAsync("{ or: [{ category: { eq: PHASE } }, { startYear: { eq: 2016 } }] }"));
        Assert.Equal(
            ProgramsWhere(p => (string)p["category"]! == "initiative" && Start(p) == 2016),
            await SlugsAsync("{ and: [{ category: { eq: INITIATIVE } }, { startYear: { eq: 2016 } }] }"));
        Assert.Equal(
            ProgramsWhere(p => ((string)p["title"]!).Contains("Rådgivning", StringComparison.OrdinalIgnoreCase) && Start(p) == 2021),
            await SlugsAsync("""{ title: { or: [{ startsWith: "rådgivning" }, { contains: "RÅDGIVNING" }] }, startYear: { eq: 2021 } }"""));
    }
}
