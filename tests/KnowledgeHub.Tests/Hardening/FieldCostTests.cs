using System.Text.Json.Nodes;
using KnowledgeHub.GraphQL.Limits;

namespace KnowledgeHub.Tests.Hardening;

/// <summary>
/// The complexity estimate follows measured work (docs/operations.md, "Cost per field kind"):
/// the worst-case shapes of issue 21 are expensive, the everyday pages are not. Read from the
/// server's own cost report, so it is the served weights that are pinned.
/// </summary>
public sealed class FieldCostTests(SharedServer server) : IClassFixture<SharedServer>
{
    private static readonly int Expensive = new LimitsOptions().ExpensiveComplexity;

    public static TheoryData<string> WorstCases() => new()
    {
        // 50 hits, each with 50 related records: 1.2–1.5 s on the seed when it was priced at 5,102.
        "{ search(query: \"barn\", first: 50) { nodes { record { slug related(first: 50) { slug title } } } } }",
        "{ municipalities(first: 50) { nodes { name records(first: 50) { nodes { title themes { name } } } } } }",
        // The largest related page one may still ask for: a few hits, each with related records.
        "{ search(query: \"barn\", first: 3) { nodes { record { slug related(first: 50) { slug title } } } } }",
        "{ a: record(slug: \"pmto\") { related(first: 5) { slug } } b: record(slug: \"sfi\") { related(first: 5) { slug } } }",
    };

    public static TheoryData<string> EverydayPages() => new()
    {
        // Issue 19's list pages of 50 records (bench/load/requests.txt).
        "{ programs(first: 50) { nodes { id slug kind title summary themes { slug } municipalities { code } updatedAt } } }",
        "{ municipality(code: \"0101\") { records(first: 50) { nodes { id slug kind title summary themes { slug } municipalities { code } updatedAt } } } }",
        "{ municipalities(first: 50) { nodes { code name region { name } records(first: 3) { totalCount nodes { slug title themes { name } } } } } }",
        "{ search(query: \"forældre\", first: 10) { totalCount facets { field values { value count } } nodes { record { slug } highlights { field fragments } } } }",
    };

    [Theory]
    [MemberData(nameof(WorstCases))]
    public async Task Worst_case_shapes_are_priced_as_expensive(string query) =>
        Assert.True(await CostOf(query) >= Expensive, $"{query} costs {await CostOf(query)}, under {Expensive}");

    [Theory]
    [MemberData(nameof(EverydayPages))]
    public async Task Everyday_pages_are_not_expensive(string query) =>
        Assert.True(await CostOf(query) < Expensive, $"{query} costs {await CostOf(query)}, not under {Expensive}");

    [Fact]
    public async Task The_record_page_with_its_related_records_is_not_expensive()
    {
        var page = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "web", "src", "graphql", "record.graphql"));
        Assert.True(await CostOf(page, new { slug = "pmto" }) < Expensive);
    }

    [Fact]
    public async Task Related_costs_one_search_per_call_and_more_per_result()
    {
        var five = await CostOf("{ record(slug: \"pmto\") { related(first: 5) { slug } } }");
        var fifty = await CostOf("{ record(slug: \"pmto\") { related(first: 50) { slug } } }");
        var ten = await CostOf("{ programs(first: 10) { nodes { related(first: 5) { slug } } } }");
        Assert.InRange(five, 4_000, Expensive);
        Assert.True(fifty > five);
        Assert.True(ten >= 10 * (five - 2), $"ten calls {ten}, one {five}");
    }

    private async Task<double> CostOf(string query, object? variables = null)
    {
        var answer = await server.Client.PostJsonAsync(new { query, variables }, new Dictionary<string, string> { ["GraphQL-Cost"] = "report" });
        return (double)JsonNode.Parse(answer.Body)!["extensions"]!["cost"]!["complexity"]!;
    }
}
