using Snapshooter.Xunit;

namespace KnowledgeHub.Tests.Api;

/// <summary>Representative filtered and sorted answers, kept as snapshots.</summary>
public sealed class QuerySnapshotTests(SharedServer server) : IClassFixture<SharedServer>
{
    private readonly HttpClient _client = server.Client;

    [Fact]
    public async Task Programs_in_the_capital_region_newest_first()
    {
        var data = await _client.DataAsync("""
            { programs(first: 10, where: { municipalities: { some: { region: { code: { eq: "1084" } } } } }, order: [{ startYear: DESC }, { title: ASC }]) {
                totalCount pageInfo { hasNextPage hasPreviousPage }
                nodes { slug title startYear category municipalities { code name } } } }
            """);
        Snapshot.Match(data.Pretty());
    }

    [Fact]
    public async Task Municipalities_with_oe_by_region_then_name()
    {
        var data = await _client.DataAsync("""
            { municipalities(first: 12, where: { name: { contains: "Ø" } }, order: [{ region: { name: ASC } }, { name: DESC }]) {
                totalCount pageInfo { hasNextPage hasPreviousPage } nodes { code name region { name } } } }
            """);
        Snapshot.Match(data.Pretty());
    }

    [Fact]
    public async Task Family_programs_rated_good_or_strong()
    {
        var data = await _client.DataAsync("""
            { familyPrograms(first: 20, where: { evidenceAssessments: { some: { normalizedLevel: { in: [GOOD, STRONG] } } } }, order: [{ title: ASC }]) {
                totalCount nodes { slug abbreviation evidenceAssessments { scale level normalizedLevel } } } }
            """);
        Snapshot.Match(data.Pretty());
    }

    [Fact]
    public async Task A_themes_programmes_by_start_year()
    {
        var data = await _client.DataAsync("""
            { theme(slug: "tidlig-opsporing") { name
                records(first: 5, where: { kind: { eq: PROGRAM } }, order: [{ startYear: ASC }]) {
                  totalCount pageInfo { hasNextPage hasPreviousPage } nodes { __typename slug startYear } } } }
            """);
        Snapshot.Match(data.Pretty());
    }
}
