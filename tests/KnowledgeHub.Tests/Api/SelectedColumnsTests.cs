using System.Text.Json.Nodes;

namespace KnowledgeHub.Tests.Api;

/// <summary>
/// A record page reads only the columns its nodes' fields need (SelectedColumns): a list without
/// <c>description</c> does not read it, and every field of every kind still answers what the whole
/// record (<c>record(slug:)</c>, read as an entity) answers, on root and child connections.
/// </summary>
public sealed class SelectedColumnsTests(SqlCountingServer server) : IClassFixture<SqlCountingServer>
{
    private const string Fields = """
        fragment F on Record { id kind slug title summary description coverageNote status version startYear endYear
          targetAgeMin targetAgeMax createdAt updatedAt parent { slug } owner { slug } themes { slug }
          ... on Program { category fundingAmountDkk fundingSource }
          ... on FamilyProgram { fullName abbreviation origin targetGroupDescription format duration cost staffing training outcomesTargeted evidenceOfEffect }
          ... on InspirationCase { municipality { code } area approach results }
          ... on MunicipalExperience { municipality { code } sourcePublication { slug } results challenges } }
        """;

    [Fact]
    public async Task A_list_page_reads_only_the_columns_its_fields_need()
    {
        var (_, narrow) = await server.DataWithSqlAsync("{ programs(first: 5) { nodes { slug title } } }");
        var (_, wide) = await server.DataWithSqlAsync("{ programs(first: 5) { edges { node { ... on Program { slug description } } } } }");

        Assert.DoesNotContain("\"Description\"", Assert.Single(narrow));
        Assert.DoesNotContain("\"Summary\"", narrow[0]);
        Assert.Contains("\"Description\"", Assert.Single(wide));
    }

    [Theory]
    [InlineData("{ programs(first: 30) { nodes { ...F } } }")]
    [InlineData("{ familyPrograms(first: 30, order: [{ title: ASC }]) { nodes { ...F } } }")]
    [InlineData("{ inspirationCases(first: 30) { edges { node { ...F } } } }")]
    [InlineData("{ municipalExperiences(first: 30) { nodes { ...F } } }")]
    [InlineData("{ municipalities(first: 3) { nodes { records(first: 10) { nodes { ...F } } } } }")]
    [InlineData("{ themes(first: 2) { nodes { records(first: 10, order: [{ startYear: DESC }]) { nodes { ...F } } } } }")]
    public async Task Every_field_of_a_page_equals_the_whole_record(string page)
    {
        var nodes = Nodes(await server.Client.DataAsync(page + Fields)).ToList();

        Assert.NotEmpty(nodes);
        // In chunks: a document's aliases and fields are limited.
        foreach (var chunk in nodes.Chunk(20))
        {
            var whole = await server.Client.DataAsync(
                "{ " + string.Concat(chunk.Select((n, i) => $"r{i}: record(slug: \"{n["slug"]}\") {{ ...F }} ")) + "}" + Fields);
            for (var i = 0; i < chunk.Length; i++)
            {
                Assert.Equal(whole[$"r{i}"]!.ToJsonString(), chunk[i].ToJsonString());
            }
        }
    }

    private static IEnumerable<JsonObject> Nodes(JsonNode? node) => node switch
    {
        JsonObject o when o.ContainsKey("kind") && o.ContainsKey("slug") => [o],
        JsonObject o => o.Select(p => p.Value).SelectMany(Nodes),
        JsonArray a => a.SelectMany(Nodes),
        _ => [],
    };
}
