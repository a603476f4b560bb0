using System.Text.Json.Nodes;

namespace KnowledgeHub.Tests.Federation;

/// <summary><c>_entities</c> by every key, in order, with null for keys that name nothing.</summary>
public sealed class EntityTests(SharedServer server) : IClassFixture<SharedServer>
{
    private const string Entities = "query($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Node { id } } }";

    private readonly HttpClient _client = server.Client;

    [Theory]
    [InlineData("Program", "id", "programs(first: 1) { nodes { id slug } }")]
    [InlineData("Program", "slug", "programs(first: 1) { nodes { id slug } }")]
    [InlineData("FamilyProgram", "id", "familyPrograms(first: 1) { nodes { id slug } }")]
    [InlineData("FamilyProgram", "slug", "familyPrograms(first: 1) { nodes { id slug } }")]
    [InlineData("InspirationCase", "id", "inspirationCases(first: 1) { nodes { id slug } }")]
    [InlineData("InspirationCase", "slug", "inspirationCases(first: 1) { nodes { id slug } }")]
    [InlineData("MunicipalExperience", "id", "municipalExperiences(first: 1) { nodes { id slug } }")]
    [InlineData("MunicipalExperience", "slug", "municipalExperiences(first: 1) { nodes { id slug } }")]
    [InlineData("Municipality", "id", "municipalities(first: 1) { nodes { id code } }")]
    [InlineData("Municipality", "code", "municipalities(first: 1) { nodes { id code } }")]
    [InlineData("Region", "id", "regions { id code }")]
    [InlineData("Region", "code", "regions { id code }")]
    [InlineData("Theme", "id", "themes(first: 1) { nodes { id slug } }")]
    [InlineData("Theme", "slug", "themes(first: 1) { nodes { id slug } }")]
    [InlineData("TargetGroup", "id", "targetGroups { id slug }")]
    [InlineData("TargetGroup", "slug", "targetGroups { id slug }")]
    [InlineData("Organisation", "id", "organisations(first: 1) { nodes { id slug } }")]
    [InlineData("Organisation", "slug", "organisations(first: 1) { nodes { id slug } }")]
    [InlineData("Publication", "id", "publications(first: 1) { nodes { id slug } }")]
    [InlineData("Publication", "slug", "publications(first: 1) { nodes { id slug } }")]
    [InlineData("LegalBasis", "id", "legalBases { id slug }")]
    [InlineData("LegalBasis", "slug", "legalBases { id slug }")]
    public async Task Every_key_of_every_entity_resolves(string typeName, string keyField, string lookup)
    {
        var entity = await FirstAsync(lookup);

        var data = await _client.DataAsync(Entities, new { r = new[] { Representation(typeName, keyField, (string)entity[keyField]!) } });

        var resolved = data["_entities"]![0]!;
        Assert.Equal(typeName, (string)resolved["__typename"]!);
        Assert.Equal((string)entity["id"]!, (string)resolved["id"]!);
    }

    [Theory]
    [InlineData("id", "programs(first: 1) { nodes { __typename id slug } }")]
    [InlineData("slug", "familyPrograms(first: 1) { nodes { __typename id slug } }")]
    [InlineData("id", "inspirationCases(first: 1) { nodes { __typename id slug } }")]
    [InlineData("slug", "municipalExperiences(first: 1) { nodes { __typename id slug } }")]
    public async Task The_record_interface_resolves_any_kind_to_its_own_type(string keyField, string lookup)
    {
        var record = await FirstAsync(lookup);

        var data = await _client.DataAsync(Entities, new { r = new[] { Representation("Record", keyField, (string)record[keyField]!) } });

        Assert.Equal((string)record["__typename"]!, (string)data["_entities"]![0]!["__typename"]!);
        Assert.Equal((string)record["id"]!, (string)data["_entities"]![0]!["id"]!);
    }

    [Fact]
    public async Task Unknown_keys_are_null_in_place_and_not_errors()
    {
        var family = await FirstAsync("familyPrograms(first: 1) { nodes { id slug } }");
        var familyId = (string)family["id"]!;
        var representations = new[]
        {
            Representation("Municipality", "code", "0101"),
            Representation("Municipality", "code", "9999"),
            Representation("Theme", "slug", "no-such-theme"),
            Representation("FamilyProgram", "slug", (string)family["slug"]!),
            // A family programme's slug and id do not name a Program.
            Representation("Program", "slug", (string)family["slug"]!),
            Representation("Program", "id", Ids.Encode("Program:" + Ids.Decode(familyId).Split(':')[1])),
            // Nor does an id of another type, a stale id, or no id of ours at all.
            Representation("Municipality", "id", familyId),
            Representation("Record", "id", Ids.Encode("FamilyProgram:999999")),
            Representation("Organisation", "id", "not an id!"),
            Representation("Region", "code", "0101"),
        };

        var result = await _client.QueryAsync(Entities, new { r = representations });

        Assert.Null(result["errors"]);
        var entities = result["data"]!["_entities"]!.AsArray();
        Assert.Equal(representations.Length, entities.Count);
        Assert.Equal("Municipality", (string)entities[0]!["__typename"]!);
        Assert.Equal(familyId, (string)entities[3]!["id"]!);
        Assert.All(entities.Where((_, i) => i is not 0 and not 3), Assert.Null);
    }

    [Fact]
    public async Task Entities_answer_with_our_fields_for_the_router()
    {
        var data = await _client.DataAsync(
            "query($r: [_Any!]!) { _entities(representations: $r) { ... on Municipality { name region { code } } ... on FamilyProgram { title evidenceAssessments { scale } } } }",
            new { r = new[] { Representation("Municipality", "code", "0461"), Representation("FamilyProgram", "slug", "pmto") } });

        Assert.Equal("Odense", (string)data["_entities"]![0]!["name"]!);
        Assert.Equal("1083", (string)data["_entities"]![0]!["region"]!["code"]!);
        Assert.StartsWith("PMTO", (string)data["_entities"]![1]!["title"]!);
        Assert.NotEmpty(data["_entities"]![1]!["evidenceAssessments"]!.AsArray());
    }

    [Theory]
    [InlineData("""{ "__typename": "Municipality" }""")]
    [InlineData("""{ "__typename": "Municipality", "code": 101 }""")]
    [InlineData("""{ "__typename": "Source", "title": "x" }""")]
    [InlineData("""{ "__typename": "NoSuchType", "id": "x" }""")]
    [InlineData("""{ "code": "0101" }""")]
    [InlineData("\"0101\"")]
    public async Task Representations_that_match_no_key_are_refused_before_execution(string representation)
    {
        var (status, body) = await _client.PostGraphQLAsync(Entities, new { r = new[] { JsonNode.Parse(representation) } });

        Assert.Equal(400, status);
        Assert.Equal("INVALID_VALUE", JsonNode.Parse(body)!.Code());
    }

    [Fact]
    public async Task Representations_are_capped_at_a_thousand()
    {
        var representations = Enumerable.Range(0, 1001).Select(i => Representation("Theme", "slug", $"theme-{i}")).ToArray();

        var result = await _client.QueryAsync(Entities, new { r = representations });

        Assert.Equal("TOO_MANY_REPRESENTATIONS", result.Code());
    }

    private static Dictionary<string, string> Representation(string typeName, string keyField, string key) =>
        new() { ["__typename"] = typeName, [keyField] = key };

    private async Task<JsonNode> FirstAsync(string lookup)
    {
        var data = await _client.DataAsync($"{{ {lookup} }}");
        var root = data.AsObject().Single().Value!;
        return root is JsonArray list ? list[0]! : root["nodes"]![0]!;
    }
}
