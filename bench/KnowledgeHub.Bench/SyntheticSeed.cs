using System.Text.Json.Nodes;

namespace KnowledgeHub.Bench;

/// <summary>
/// The real seed-data/ plus generated programmes, so that a list of 50+ records with themes,
/// municipalities and sources exists, and the text columns can be grown to see what they cost.
/// </summary>
public static class SyntheticSeed
{
    public static string Create(string seedData, int extraPrograms, int descriptionLength)
    {
        var dir = Path.Combine(Path.GetTempPath(), "knowledgehub-bench", Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(seedData, "*.json", SearchOption.AllDirectories))
        {
            var target = Path.Combine(dir, Path.GetRelativePath(seedData, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var themes = Slugs(seedData, "themes.json", "themes");
        var codes = JsonNode.Parse(File.ReadAllText(Path.Combine(seedData, "municipalities.json")))!["municipalities"]!
            .AsArray().Select(m => (string)m!["code"]!).ToList();
        var path = Path.Combine(dir, "programs.json");
        var root = JsonNode.Parse(File.ReadAllText(path))!;
        var programs = root["programs"]!.AsArray();
        var text = string.Concat(Enumerable.Repeat("Forebyggende indsats for udsatte børn og familier. ", descriptionLength / 50 + 1))[..descriptionLength];
        for (var i = 0; i < extraPrograms; i++)
        {
            programs.Add(new JsonObject
            {
                ["slug"] = $"syntetisk-program-{i}",
                ["title"] = $"Syntetisk program {i:D5}",
                ["summary"] = "Et genereret program til målinger.",
                ["description"] = text,
                ["status"] = "published",
                ["startYear"] = 2000 + i % 25,
                ["category"] = "project",
                ["themes"] = new JsonArray(themes[i % themes.Count], themes[(i + 7) % themes.Count], themes[(i + 13) % themes.Count]),
                ["municipalities"] = new JsonArray(Enumerable.Range(0, 4)
                    .Select(k => (JsonNode)new JsonObject { ["code"] = codes[(i * 5 + k * 23) % codes.Count], ["role"] = "participant" }).ToArray()),
                ["sources"] = new JsonArray(
                    new JsonObject { ["title"] = "Genereret kilde A", ["url"] = $"https://example.org/{i}/a" },
                    new JsonObject { ["title"] = "Genereret kilde B", ["url"] = $"https://example.org/{i}/b" }),
            });
        }

        File.WriteAllText(path, root.ToJsonString());
        return dir;
    }

    private static List<string> Slugs(string seedData, string file, string key) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(seedData, file)))![key]!.AsArray().Select(t => (string)t!["slug"]!).ToList();
}
