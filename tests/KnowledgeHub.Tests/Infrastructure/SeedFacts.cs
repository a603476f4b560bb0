using System.Text.Json.Nodes;

namespace KnowledgeHub.Tests.Infrastructure;

/// <summary>
/// The seed files read directly, as the oracle for filter and sort tests: what the API returns
/// is checked against an answer computed here from the source data, not against literals.
/// </summary>
public static class SeedFacts
{
    public static IReadOnlyList<JsonObject> Municipalities { get; } = Read("municipalities.json", "municipalities");
    public static IReadOnlyList<JsonObject> Programs { get; } = Read("programs.json", "programs");
    public static IReadOnlyList<JsonObject> FamilyPrograms { get; } = Read("family-programs.json", "familyPrograms");
    public static IReadOnlyList<JsonObject> Publications { get; } = Read("publications.json", "publications");
    public static IReadOnlyList<JsonObject> Organisations { get; } = Read("organisations.json", "organisations");
    public static IReadOnlyList<JsonObject> LegalBases { get; } = Read("legal-bases.json", "legalBases");

    public static IReadOnlyList<JsonObject> Published(IReadOnlyList<JsonObject> records) =>
        records.Where(r => (string?)r["status"] is null or "published").ToList();

    public static string RegionOf(string municipalityCode) =>
        (string)Municipalities.Single(m => (string)m["code"]! == municipalityCode)["region"]!;

    public static IEnumerable<string> Strings(JsonNode? array, string? member = null) =>
        array?.AsArray().Select(n => member is null ? (string)n! : (string)n![member]!) ?? [];

    private static List<JsonObject> Read(string file, string key) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.SeedData, file)))![key]!.AsArray().Select(n => n!.AsObject()).ToList();
}

/// <summary>How the server orders names and titles: Danish alphabetical order (docs: DanishCollation).</summary>
public static class DanishOrder
{
    public static readonly StringComparer Comparer = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("da-DK"), ignoreCase: false);
}
