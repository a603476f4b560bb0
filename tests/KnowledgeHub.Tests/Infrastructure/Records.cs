using System.Text.Json.Nodes;

namespace KnowledgeHub.Tests.Infrastructure;

/// <summary>Mutations the editing tests repeat: a minimal valid record of each kind, and status changes.</summary>
public static class Records
{
    public static string NewSlug(string stem = "test") => $"{stem}-{Guid.NewGuid():N}"[..Math.Min(stem.Length + 13, 100)];

    public const string CreateProgram = """
        mutation($input: CreateProgramInput!) {
          createProgram(input: $input) {
            program { id slug title status version owner { slug } }
            errors { __typename ... on Error { message } ... on ValidationError { field } }
          }
        }
        """;

    public static Dictionary<string, object?> Program(string slug, params (string Key, object? Value)[] extra)
    {
        var input = new Dictionary<string, object?>
        {
            ["slug"] = slug,
            ["title"] = "Testindsats " + slug,
            ["summary"] = "En indsats oprettet af en test.",
            ["category"] = "PROJECT",
            ["sources"] = new[] { new { title = "Kilde", url = "https://example.org/kilde" } },
        };
        foreach (var (key, value) in extra)
        {
            input[key] = value;
        }

        return input;
    }

    /// <summary>Creates a programme and returns its payload node; fails the test on any error.</summary>
    public static async Task<JsonNode> CreateProgramAsync(this HttpClient client, string slug, params (string Key, object? Value)[] extra)
    {
        var data = await client.DataAsync(CreateProgram, new { input = Program(slug, extra) });
        var payload = data["createProgram"]!;
        Assert.True(payload["errors"] is null, payload.ToJsonString());
        return payload["program"]!;
    }

    public static async Task<JsonNode> ChangeStatusAsync(this HttpClient client, string mutation, string id, int version)
    {
        var data = await client.DataAsync(
            $$"""mutation($input: {{char.ToUpperInvariant(mutation[0]) + mutation[1..]}}Input!) { {{mutation}}(input: $input) { record { id status version } errors { __typename ... on Error { message } } } }""",
            new { input = new { id, version } });
        return data[mutation]!;
    }

    public static async Task<JsonNode> PublishAsync(this HttpClient client, JsonNode record) =>
        (await client.ChangeStatusAsync("publishRecord", (string)record["id"]!, (int)record["version"]!))["record"]!;
}
