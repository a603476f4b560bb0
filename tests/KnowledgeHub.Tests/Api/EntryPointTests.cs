using System.Text.Json.Nodes;

namespace KnowledgeHub.Tests.Api;

/// <summary>Every root entry point of the schema, on the real seed data, through HTTP.</summary>
public sealed class EntryPointTests(SharedServer server) : IClassFixture<SharedServer>
{
    private readonly HttpClient _client = server.Client;

    [Theory]
    [InlineData("programs", 15)]
    [InlineData("familyPrograms", 8)]
    [InlineData("inspirationCases", 2)]
    [InlineData("municipalExperiences", 15)]
    [InlineData("municipalities", 98)]
    [InlineData("themes", 12)]
    [InlineData("organisations", 5)]
    [InlineData("publications", 5)]
    public async Task Collections_are_connections_with_total_count(string field, int atLeast)
    {
        var data = await _client.DataAsync(
            $"{{ {field}(first: 1) {{ totalCount nodes {{ id }} edges {{ cursor node {{ id }} }} pageInfo {{ hasNextPage hasPreviousPage startCursor endCursor }} }} }}");
        var connection = data[field]!;
        Assert.True((int)connection["totalCount"]! >= atLeast);
        Assert.Single(connection["nodes"]!.AsArray());
        Assert.Equal(
            connection["nodes"]!.AsArray().Select(n => (string)n!["id"]!),
            connection["edges"]!.AsArray().Select(e => (string)e!["node"]!["id"]!));
        Assert.Equal(atLeast > 1, (bool)connection["pageInfo"]!["hasNextPage"]!);
        Assert.False((bool)connection["pageInfo"]!["hasPreviousPage"]!);
        Assert.Equal((string)connection["edges"]![0]!["cursor"]!, (string)connection["pageInfo"]!["endCursor"]!);
    }

    [Fact]
    public async Task Default_page_size_is_ten()
    {
        var data = await _client.DataAsync("{ municipalities { nodes { code } } }");
        Assert.Equal(10, data["municipalities"]!["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task Municipality_by_code_has_its_region_and_records()
    {
        var data = await _client.DataAsync("""
            { municipality(code: "0101") { code name region { code name } records(first: 50) { totalCount nodes { __typename slug municipalities { code } } } } }
            """);
        var m = data["municipality"]!;
        Assert.Equal("København", (string)m["name"]!);
        Assert.Equal("1084", (string)m["region"]!["code"]!);
        var records = m["records"]!["nodes"]!.AsArray();
        Assert.NotEmpty(records);
        Assert.Equal((int)m["records"]!["totalCount"]!, records.Count);
    }

    [Fact]
    public async Task Municipality_records_include_programmes_implemented_there()
    {
        // Stepping Stones Triple P was piloted in Aalborg (0851) per the seed's implementation facts.
        var data = await _client.DataAsync("""{ municipality(code: "851") { name records(first: 50) { nodes { slug } } implementations { familyProgram { slug } } } }""");
        var implemented = data["municipality"]!["implementations"]!.AsArray().Select(i => (string)i!["familyProgram"]!["slug"]!).ToHashSet();
        var records = data["municipality"]!["records"]!["nodes"]!.AsArray().Select(n => (string)n!["slug"]!).ToHashSet();
        Assert.NotEmpty(implemented);
        Assert.Subset(records, implemented);
    }

    [Fact]
    public async Task Unknown_municipality_is_null_not_an_error()
    {
        var data = await _client.DataAsync("""{ municipality(code: "9999") { name } }""");
        Assert.Null(data["municipality"]);
    }

    [Fact]
    public async Task Record_by_slug_resolves_its_type_and_sources()
    {
        var data = await _client.DataAsync("""
            { record(slug: "pmto") { __typename id slug title summary updatedAt sources { title url } themes { slug } municipalities { code } } }
            """);
        var record = data["record"]!;
        Assert.Equal("FamilyProgram", (string)record["__typename"]!);
        Assert.NotEmpty(record["sources"]!.AsArray());
        Assert.StartsWith("http", (string)record["sources"]![0]!["url"]!);
    }

    [Fact]
    public async Task Unknown_slug_is_null()
    {
        var data = await _client.DataAsync("""{ record(slug: "no-such-record") { id } }""");
        Assert.Null(data["record"]);
    }

    [Fact]
    public async Task Programme_has_its_initiatives_as_children()
    {
        var data = await _client.DataAsync("""
            { record(slug: "forebyggelsespakken") { ... on Program { category fundingAmountDkk startYear endYear children { slug parent { slug } } } } }
            """);
        var program = data["record"]!;
        Assert.Equal(280_000_000L, (long)program["fundingAmountDkk"]!);
        Assert.Equal(2014, (int)program["startYear"]!);
        Assert.True(program["children"]!.AsArray().Count >= 5);
        Assert.All(program["children"]!.AsArray(), c => Assert.Equal("forebyggelsespakken", (string)c!["parent"]!["slug"]!));
    }

    [Fact]
    public async Task Every_record_names_a_source_url()
    {
        foreach (var field in new[] { "programs", "familyPrograms", "inspirationCases", "municipalExperiences" })
        {
            string? after = null;
            do
            {
                var data = await _client.DataAsync(
                    $$"""query($after: String) { {{field}}(first: 50, after: $after) { nodes { slug sources { url } } pageInfo { hasNextPage endCursor } } }""",
                    new { after });
                foreach (var node in data[field]!["nodes"]!.AsArray())
                {
                    Assert.True(node!["sources"]!.AsArray().Any(s => ((string)s!["url"]!).StartsWith("http", StringComparison.Ordinal)), (string)node["slug"]!);
                }

                after = data[field]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? (string)data[field]!["pageInfo"]!["endCursor"]! : null;
            }
            while (after is not null);
        }
    }

    [Fact]
    public async Task Themes_have_danish_and_english_names()
    {
        var data = await _client.DataAsync("{ themes(first: 50) { nodes { slug name englishName records(first: 1) { totalCount } } } }");
        Assert.All(data["themes"]!["nodes"]!.AsArray(), t =>
        {
            Assert.False(string.IsNullOrWhiteSpace((string)t!["name"]!));
            Assert.False(string.IsNullOrWhiteSpace((string)t["englishName"]!));
        });
    }

    [Fact]
    public async Task Regions_are_five_with_all_municipalities()
    {
        var data = await _client.DataAsync("{ regions { code municipalities { code } } }");
        var regions = data["regions"]!.AsArray();
        Assert.Equal(5, regions.Count);
        Assert.Equal(98, regions.Sum(r => r!["municipalities"]!.AsArray().Count));
    }
}
