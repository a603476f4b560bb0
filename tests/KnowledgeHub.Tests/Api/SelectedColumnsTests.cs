using System.Text.Json.Nodes;

namespace KnowledgeHub.Tests.Api;

/// <summary>
/// A record page reads only the columns its nodes' fields need (SelectedColumns): a list without
/// <c>description</c> does not read it, and every field of every kind still answers what the whole
/// record (<c>record(slug:)</c>, read as an entity) answers, on root and child connections.
/// </summary>
public sealed class SelectedColumnsTests(SqlCountingServer server) : IClassFixture<SqlCountingServer>
{
    private static readonly string[] Kinds = ["Program", "FamilyProgram", "InspirationCase", "MunicipalExperience"];

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
        var fields = await EveryFieldAsync();
        var nodes = Nodes(await server.Client.DataAsync(page + fields)).ToList();

        Assert.NotEmpty(nodes);
        // In chunks: a document's aliases and fields are limited.
        foreach (var chunk in nodes.Chunk(5))
        {
            var whole = await server.Client.DataAsync(
                "{ " + string.Concat(chunk.Select((n, i) => $"r{i}: record(slug: \"{n["slug"]}\") {{ ...F }} ")) + "}" + fields);
            for (var i = 0; i < chunk.Length; i++)
            {
                Assert.Equal(whole[$"r{i}"]!.ToJsonString(), chunk[i].ToJsonString());
            }
        }
    }

    /// <summary>
    /// A fragment with every field of every kind that needs no argument, read from the served schema,
    /// so a field added later is compared too (an object or list as its <c>__typename</c>s, no connections).
    /// </summary>
    private async Task<string> EveryFieldAsync()
    {
        var fragment = new System.Text.StringBuilder("fragment F on Record { kind slug ");
        foreach (var kind in Kinds)
        {
            var type = await server.Client.DataAsync(
                $"{{ __type(name: \"{kind}\") {{ fields {{ name args {{ type {{ kind }} }} type {{ kind name ofType {{ kind name ofType {{ kind name ofType {{ kind name }} }} }} }} }} }} }}");
            fragment.Append($"... on {kind} {{ ");
            foreach (var field in type["__type"]!["fields"]!.AsArray())
            {
                if (field!["args"]!.AsArray().Any(a => (string?)a!["type"]!["kind"] == "NON_NULL"))
                {
                    continue;
                }

                var (named, list) = (field["type"]!, false);
                while (named["ofType"] is JsonObject inner)
                {
                    list |= (string?)named["kind"] == "LIST";
                    named = inner;
                }

                // Other records (children, related, connections) are read by the record's key, which every projection reads.
                if ((string?)named["name"] is not { } name || !(name.EndsWith("Connection") || (list && name == "Record")))
                {
                    fragment.Append((string?)named["kind"] is "SCALAR" or "ENUM" ? $"{field["name"]} " : $"{field["name"]} {{ __typename }} ");
                }
            }

            fragment.Append("} ");
        }

        return fragment.Append('}').ToString();
    }

    private static IEnumerable<JsonObject> Nodes(JsonNode? node) => node switch
    {
        JsonObject o when o.ContainsKey("kind") && o.ContainsKey("slug") => [o],
        JsonObject o => o.Select(p => p.Value).SelectMany(Nodes),
        JsonArray a => a.SelectMany(Nodes),
        _ => [],
    };
}
