using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace KnowledgeHub.Tests.Seed;

/// <summary>
/// The prose of the real seed-data/, record by record: what an editor wrote and a reader sees.
/// Source titles, names and slugs are left out, since quoting a title twice is not repetition.
/// </summary>
public static partial class SeedText
{
    public sealed record Entry(string Kind, JsonObject Node)
    {
        public string Slug => (string)Node["slug"]!;
        public string Name => $"{Kind}:{Slug}";
        public bool Published => (string?)Node["status"] is null or "published";
        public string? Text(string member) => (string?)Node[member];
    }

    /// <summary>The kinds in the shared slug space: the records a search or a municipality page lists.</summary>
    public static IReadOnlyList<Entry> Records { get; } =
    [
        .. Read("programs.json", "programs"), .. Read("family-programs.json", "familyPrograms"),
        .. Read("inspiration-cases.json", "inspirationCases"), .. Read("municipal-experiences.json", "municipalExperiences"),
    ];

    public static IReadOnlyList<Entry> FamilyPrograms => Records.Where(r => r.Kind == "familyPrograms").ToList();

    /// <summary>Everything with prose: the records, and the publications, legal bases and organisations they cite.</summary>
    public static IReadOnlyList<Entry> All { get; } =
    [
        .. Records, .. Read("publications.json", "publications"), .. Read("legal-bases.json", "legalBases"),
        .. Read("organisations.json", "organisations"),
    ];

    private static readonly string[] ProseMembers =
        ["summary", "description", "coverageNote", "results", "challenges", "approach", "origin",
         "targetGroupDescription", "format", "duration", "cost", "staffing", "training", "outcomesTargeted", "note"];

    public static IEnumerable<string> Prose(Entry entry)
    {
        foreach (var member in ProseMembers)
            if (entry.Text(member) is { Length: > 0 } text) yield return text;
        foreach (var list in new[] { "evidenceAssessments", "implementations", "statedMunicipalityCounts" })
            foreach (var item in entry.Node[list]?.AsArray() ?? [])
                if ((string?)item!["note"] is { Length: > 0 } note) yield return note;
    }

    /// <summary>Every run of <paramref name="length"/> consecutive words, lower-cased, punctuation dropped.</summary>
    public static IEnumerable<string> Runs(string text, int length)
    {
        var words = Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToArray();
        for (var i = 0; i + length <= words.Length; i++)
            yield return string.Join(' ', words, i, length);
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    private static IEnumerable<Entry> Read(string file, string key) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.SeedData, file)))![key]!.AsArray()
            .Select(n => new Entry(key, n!.AsObject()));
}
