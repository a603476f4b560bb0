using System.Text.Json.Nodes;

namespace KnowledgeHub.Tests.Infrastructure;

/// <summary>Adds generated programmes to a seed copy, so a list of more than 50 records with relations exists.</summary>
public static class SyntheticPrograms
{
    public static void AddTo(SeedCopy seed, int count)
    {
        var themes = Read(seed, "themes.json", "themes").Select(t => (string)t["slug"]!).ToList();
        var codes = Read(seed, "municipalities.json", "municipalities").Select(m => (string)m["code"]!).ToList();
        var path = Path.Combine(seed.Directory, "programs.json");
        var root = JsonNode.Parse(File.ReadAllText(path))!;
        var programs = root["programs"]!.AsArray();
        for (var i = 0; i < count; i++)
        {
            programs.Add(new JsonObject
            {
                ["slug"] = $"syntetisk-program-{i}",
                ["title"] = $"Syntetisk program {i:D3}",
                ["summary"] = "Et genereret program til test af antal SQL-sætninger.",
                ["category"] = "project",
                ["startYear"] = 2000 + i % 20,
                ["themes"] = new JsonArray(themes[i % themes.Count], themes[(i + 7) % themes.Count]),
                ["municipalities"] = new JsonArray(Enumerable.Range(0, 3)
                    .Select(k => (JsonNode)new JsonObject { ["code"] = codes[(i * 5 + k * 31) % codes.Count], ["role"] = "participant" }).ToArray()),
                ["sources"] = new JsonArray(new JsonObject { ["title"] = "Genereret kilde", ["url"] = $"https://example.org/{i}" }),
            });
        }

        File.WriteAllText(path, root.ToJsonString());
    }

    private static List<JsonObject> Read(SeedCopy seed, string file, string key) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(seed.Directory, file)))![key]!.AsArray().Select(n => n!.AsObject()).ToList();
}
