using System.Globalization;
using System.Text.Json;
using KnowledgeHub.Search.Documents;

namespace KnowledgeHub.Benchmarks;

/// <summary>
/// A generated corpus the size of a national knowledge base grown large: records whose words are
/// drawn from the real seed texts (so word frequencies, compounds and Danish letters are realistic)
/// and whose facets are spread over the real themes and municipalities. Deterministic per seed.
/// </summary>
public static class SyntheticCorpus
{
    /// <summary>Bumped when the generator changes, so indexes built from the old corpus are rebuilt.</summary>
    public const string Version = "v1";

    private static readonly string[] Kinds = ["Program", "FamilyProgram", "InspirationCase", "MunicipalExperience"];
    private static readonly string[] Evidence = ["Unknown", "NoEffectShown", "Limited", "Moderate", "Good", "Strong"];

    /// <summary>The documents, generated afresh on every enumeration (1M records do not fit in memory at once).</summary>
    public static IReadOnlyCollection<SearchDocument> Stream(int count, string seedDirectory, int seed = 42) =>
        new Generated(count, () => Generate(count, seedDirectory, seed));

    public static IEnumerable<SearchDocument> Generate(int count, string seedDirectory, int seed = 42)
    {
        var words = Words(seedDirectory);
        var themes = Read(seedDirectory, "themes.json", "themes").Select(t => new FacetValue(t.GetProperty("slug").GetString()!, t.GetProperty("name").GetString()!)).ToArray();
        var municipalities = Read(seedDirectory, "municipalities.json", "municipalities")
            .Select(m => (Place: new FacetValue(m.GetProperty("code").GetString()!, m.GetProperty("name").GetString()!), Region: m.GetProperty("region").ToString())).ToArray();
        var random = new Random(seed);
        for (var id = 1; id <= count; id++)
        {
            var places = Enumerable.Range(0, random.Next(0, 4)).Select(_ => municipalities[random.Next(municipalities.Length)]).ToList();
            var start = random.Next(2000, 2025);
            var age = random.Next(0, 15);
            var evidence = random.Next(Evidence.Length);
            yield return new SearchDocument
            {
                Id = id,
                Kind = new FacetValue(Kinds[random.Next(Kinds.Length)], "kind"),
                Status = random.Next(20) == 0 ? "Draft" : "Published",
                Title = Text(words, random, 4, 10),
                Summary = Text(words, random, 20, 40),
                Body = [new TextSection("description", Text(words, random, 80, 200))],
                Keywords = [],
                Themes = Enumerable.Range(0, random.Next(1, 4)).Select(_ => themes[random.Next(themes.Length)]).ToList(),
                Municipalities = places.Select(p => p.Place).ToList(),
                Regions = places.Select(p => new FacetValue(p.Region, "Region " + p.Region)).ToList(),
                Organisations = [],
                EvidenceLevel = new FacetValue(Evidence[evidence], Evidence[evidence]),
                EvidenceRank = evidence,
                TargetAgeMin = age,
                TargetAgeMax = age + random.Next(1, 8),
                StartYear = start,
                EndYear = random.Next(3) == 0 ? null : start + random.Next(1, 6),
                UpdatedAt = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(id),
            };
        }
    }

    /// <summary>Every word of the seed titles, summaries and descriptions, repeated as often as it occurs.</summary>
    private static string[] Words(string seedDirectory)
    {
        var words = new List<string>();
        foreach (var (file, key) in new[] { ("programs.json", "programs"), ("family-programs.json", "familyPrograms"), ("inspiration-cases.json", "inspirationCases"), ("municipal-experiences.json", "municipalExperiences") })
        {
            foreach (var record in Read(seedDirectory, file, key))
            {
                foreach (var field in new[] { "title", "summary", "description" })
                {
                    if (record.TryGetProperty(field, out var text))
                    {
                        words.AddRange(text.GetString()!.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(',', '.', ':', ';', '(', ')', '"')).Where(w => w.Length > 0));
                    }
                }
            }
        }

        return words.ToArray();
    }

    private static string Text(string[] words, Random random, int min, int max) =>
        string.Join(' ', Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => words[random.Next(words.Length)]));

    private static IEnumerable<JsonElement> Read(string seedDirectory, string file, string key) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(seedDirectory, file))).RootElement.GetProperty(key).EnumerateArray();

    public static string FindSeedDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seed-data");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("seed-data not found above " + AppContext.BaseDirectory.ToString(CultureInfo.InvariantCulture));
    }

    private sealed class Generated(int count, Func<IEnumerable<SearchDocument>> generate) : IReadOnlyCollection<SearchDocument>
    {
        public int Count => count;

        public IEnumerator<SearchDocument> GetEnumerator() => generate().GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
