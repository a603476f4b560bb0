using System.Text.Json.Nodes;

namespace KnowledgeHub.Tests.Consistency.Freshness;

/// <summary>
/// The same queries, repeated, on every path that a cache stands in front of: a list and its
/// count, record(slug), node, a municipality's records (count and page, from the in-memory pairs),
/// search (index, result and score caches), and the response cache behind all of them. Each says
/// what its answer must be for a probe state; the counts are relative to what the reader saw
/// before the probe existed.
/// </summary>
public static class FreshnessReads
{
    public sealed record Read(string Name, string Query, Func<string?, JsonNode, ProbeState, int, string?> Check, bool Counted)
    {
        /// <summary>The count this read reports besides the probe (the baseline), from an answer.</summary>
        public int CountOf(JsonNode data) => Counted ? (int)Total(data)! : 0;
    }

    public static IReadOnlyList<Read> All { get; } =
    [
        new("programs.totalCount", "{ programs(first: 1) { totalCount } }",
            (_, d, s, b) => Expect((int)Total(d)!, b + (s.Published ? 1 : 0)), Counted: true),
        new("programs(where: slug)", "query($slug: String!) { programs(where: { slug: { eq: $slug } }) { totalCount nodes { title } } }",
            (_, d, s, _) => Expect(Titles(d["programs"]!["nodes"]!), s.Published ? [s.Title] : []), Counted: false),
        new("record(slug)", "query($slug: String!) { record(slug: $slug) { title } }",
            (_, d, s, _) => Expect((string?)d["record"]?["title"], s.Published ? s.Title : null), Counted: false),
        new("node(id)", "query($id: ID!) { node(id: $id) { ... on Program { title } } }",
            (_, d, s, _) => Expect((string?)d["node"]?["title"], s.Published ? s.Title : null), Counted: false),
        new("municipality.records", """{ municipality(code: "0461") { records(last: 3) { totalCount nodes { slug } } } }""",
            (slug, d, s, b) => Expect((int)Total(d)!, b + (s.Published ? 1 : 0)) ??
                Expect(d["municipality"]!["records"]!["nodes"]!.AsArray().Any(n => (string?)n!["slug"] == slug), s.Published), Counted: true),
        new("search", "query($word: String!) { search(query: $word) { totalCount nodes { record { title } } } }",
            (_, d, s, _) => Expect((int)Total(d)!, s.Published ? 1 : 0) ?? Expect(Titles(d["search"]!["nodes"]!, "record"), s.Published ? [s.Title] : []),
            Counted: false),
    ];

    private static int? Total(JsonNode data) => data.AsObject().Single().Value switch
    {
        JsonObject o when o["totalCount"] is { } total => (int)total,
        JsonObject o when o["records"] is { } records => (int)records["totalCount"]!,
        _ => null,
    };

    private static string[] Titles(JsonNode nodes, string? inner = null) =>
        [.. nodes.AsArray().Select(n => (string)(inner is null ? n!["title"] : n![inner]!["title"])!)];

    private static string? Expect<T>(T actual, T expected) =>
        EqualityComparer<T>.Default.Equals(actual, expected) ? null : $"expected {expected}, got {actual}";

    private static string? Expect(string[] actual, string[] expected) =>
        actual.SequenceEqual(expected) ? null : $"expected [{string.Join(", ", expected)}], got [{string.Join(", ", actual)}]";
}
