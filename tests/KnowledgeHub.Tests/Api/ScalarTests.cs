using System.Globalization;
using System.Text.RegularExpressions;

namespace KnowledgeHub.Tests.Api;

/// <summary>
/// The custom scalars on the wire: <c>Date</c> answers (it failed for every non-null value),
/// <c>DateTime</c> always carries UTC's <c>Z</c> and still takes input with or without an offset.
/// </summary>
public sealed partial class ScalarTests(SharedServer server) : IClassFixture<SharedServer>
{
    private readonly HttpClient _client = server.Client;

    [Fact]
    public async Task Dates_answer_as_the_seed_gives_them()
    {
        var result = await _client.QueryAsync("{ legalBases { slug validFrom validTo } }");
        Assert.True(result["errors"] is null, result.ToJsonString());

        var expected = SeedFacts.LegalBases.ToDictionary(l => (string)l["slug"]!, l => ((string?)l["validFrom"], (string?)l["validTo"]));
        var actual = result["data"]!["legalBases"]!.AsArray().ToDictionary(l => (string)l!["slug"]!, l => ((string?)l!["validFrom"], (string?)l!["validTo"]));
        Assert.Equal(expected.OrderBy(e => e.Key), actual.OrderBy(e => e.Key));
        Assert.Equal((null, "2023-12-31"), actual["serviceloven-11"]);
    }

    [Fact]
    public async Task Date_times_are_written_in_utc_with_an_offset()
    {
        var data = await _client.DataAsync("""
            { programs(first: 3) { nodes { createdAt updatedAt } }
              changes(first: 3) { nodes { at } } }
            """);
        var values = data["programs"]!["nodes"]!.AsArray().SelectMany(n => new[] { n!["createdAt"], n["updatedAt"] })
            .Concat(data["changes"]!["nodes"]!.AsArray().Select(n => n!["at"]))
            .Select(v => (string)v!).ToList();

        Assert.NotEmpty(values);
        Assert.All(values, v => Assert.Matches(UtcDateTime(), v));
    }

    [Theory]
    [InlineData("2000-01-01T00:00:00Z")]
    [InlineData("2000-01-01T02:00:00+02:00")]
    [InlineData("2000-01-01T00:00:00")]
    [InlineData("2000-01-01T00:00:00.1234567Z")]
    public async Task Date_time_input_parses_with_or_without_an_offset(string value)
    {
        var data = await _client.DataAsync("query($t: DateTime) { programs(where: { createdAt: { gt: $t } }) { totalCount } }", new { t = value });
        Assert.Equal(SeedFacts.Published(SeedFacts.Programs).Count, (int)data["programs"]!["totalCount"]!);
    }

    [Fact]
    public async Task A_written_date_time_reads_back_as_the_same_instant()
    {
        var data = await _client.DataAsync("{ programs(first: 1) { nodes { slug updatedAt } } }");
        var node = data["programs"]!["nodes"]![0]!;
        var at = (string)node["updatedAt"]!;
        Assert.Equal(DateTimeKind.Utc, DateTime.Parse(at, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind).Kind);

        var again = await _client.DataAsync("query($t: DateTime) { programs(where: { updatedAt: { eq: $t } }) { nodes { slug } } }", new { t = at });
        Assert.Contains((string)node["slug"]!, again["programs"]!["nodes"]!.AsArray().Select(n => (string)n!["slug"]!));
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?Z$")]
    private static partial Regex UtcDateTime();
}
