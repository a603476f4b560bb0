using System.Text.Json.Nodes;

namespace KnowledgeHub.Tests.Api;

/// <summary>Relay's node/nodes: every entity type refetches by its global id.</summary>
public sealed class NodeTests(SharedServer server) : IClassFixture<SharedServer>
{
    private readonly HttpClient _client = server.Client;

    [Theory]
    [InlineData("programs", "Program")]
    [InlineData("familyPrograms", "FamilyProgram")]
    [InlineData("inspirationCases", "InspirationCase")]
    [InlineData("municipalExperiences", "MunicipalExperience")]
    [InlineData("municipalities", "Municipality")]
    [InlineData("themes", "Theme")]
    [InlineData("organisations", "Organisation")]
    [InlineData("publications", "Publication")]
    public async Task Node_refetches_every_type(string collection, string typeName)
    {
        var list = await _client.DataAsync($"{{ {collection}(first: 1) {{ nodes {{ id }} }} }}");
        var id = (string)list[collection]!["nodes"]![0]!["id"]!;

        var data = await _client.DataAsync("query($id: ID!) { node(id: $id) { __typename id } }", new { id });

        Assert.Equal(typeName, (string)data["node"]!["__typename"]!);
        Assert.Equal(id, (string)data["node"]!["id"]!);
    }

    [Theory]
    [InlineData("regions", "Region")]
    [InlineData("legalBases", "LegalBasis")]
    [InlineData("targetGroups", "TargetGroup")]
    public async Task Node_refetches_the_types_listed_without_paging(string list, string typeName)
    {
        var id = (string)(await _client.DataAsync($"{{ {list} {{ id }} }}"))[list]![0]!["id"]!;

        var data = await _client.DataAsync("query($id: ID!) { node(id: $id) { __typename id } }", new { id });

        Assert.Equal(typeName, (string)data["node"]!["__typename"]!);
        Assert.Equal(id, (string)data["node"]!["id"]!);
    }

    [Fact]
    public async Task Nodes_resolve_many_ids_in_order_with_null_for_unknown()
    {
        var list = await _client.DataAsync("{ regions { id } legalBases { id } targetGroups { id } }");
        var ids = list["regions"]!.AsArray().Concat(list["legalBases"]!.AsArray()).Concat(list["targetGroups"]!.AsArray())
            .Select(n => (string)n!["id"]!).ToList();
        var unknown = Ids.Encode("Program:999999");
        ids.Insert(1, unknown);

        var data = await _client.DataAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });

        var nodes = data["nodes"]!.AsArray();
        Assert.Equal(ids.Count, nodes.Count);
        Assert.Null(nodes[1]);
        Assert.Equal(ids.Where((_, i) => i != 1), nodes.Where((_, i) => i != 1).Select(n => (string)n!["id"]!));
    }

    [Fact]
    public async Task Id_of_one_type_does_not_resolve_as_another()
    {
        var list = await _client.DataAsync("{ familyPrograms(first: 1) { nodes { id } } }");
        var id = (string)list["familyPrograms"]!["nodes"]![0]!["id"]!;
        var forged = Ids.Encode("Program:" + Ids.Decode(id).Split(':')[1]);

        var data = await _client.DataAsync("query($id: ID!) { node(id: $id) { id } }", new { id = forged });

        Assert.Null(data["node"]);
    }

    [Fact]
    public async Task Malformed_id_is_an_error_with_a_code()
    {
        var result = await _client.QueryAsync("""{ node(id: "not base64 at all!") { id } }""");
        Assert.Equal("INVALID_ID", result.Code());
    }

    [Fact]
    public async Task A_malformed_id_in_nodes_costs_only_its_own_item()
    {
        var list = await _client.DataAsync("{ regions { id } }");
        var good = (string)list["regions"]![0]!["id"]!;

        var result = await _client.QueryAsync("""
            query($ids: [ID!]!) { found: nodes(ids: $ids) { id } regions { name } }
            """, new { ids = new[] { good, "not base64 at all!", good } });

        var nodes = result["data"]!["found"]!.AsArray();
        Assert.Equal([good, null, good], nodes.Select(n => (string?)n?["id"]));
        Assert.Equal(5, result["data"]!["regions"]!.AsArray().Count);
        var error = Assert.Single(result["errors"]!.AsArray())!;
        Assert.Equal("INVALID_ID", (string?)error["extensions"]!["code"]);
        Assert.Equal("[\"found\",1]", error["path"]!.ToJsonString());
    }

    [Fact]
    public async Task Nodes_takes_fifty_ids()
    {
        var ids = (await _client.DataAsync("{ municipalities(first: 50) { nodes { id } } }"))["municipalities"]!["nodes"]!.AsArray()
            .Select(n => (string)n!["id"]!).ToList();

        var data = await _client.DataAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });

        Assert.Equal(ids, data["nodes"]!.AsArray().Select(n => (string)n!["id"]!));
    }

    [Fact]
    public async Task Nodes_is_capped_at_fifty()
    {
        var ids = Enumerable.Range(1, 51).Select(i => Ids.Encode($"Program:{i}")).ToList();
        var result = await _client.QueryAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });
        Assert.Equal("TOO_MANY_IDS", result.Code());
    }
}
