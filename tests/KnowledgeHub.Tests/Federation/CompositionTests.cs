namespace KnowledgeHub.Tests.Federation;

/// <summary>
/// Composes schema/subgraph.graphql with the example partner subgraphs in docs/federation/ using
/// Apollo's composition library (tests/federation/compose.mjs), the way a partner's router would.
/// </summary>
public sealed class CompositionTests
{
    [Fact]
    public async Task Subgraph_composes_with_the_example_partners()
    {
        var supergraph = Path.Combine(Path.GetTempPath(), $"knowledgehub-supergraph-{Guid.NewGuid():N}.graphql");
        try
        {
            var (exitCode, output) = await Composer.ComposeAsync("--out", supergraph);

            Assert.True(exitCode == 0, output);
            Assert.Contains("0 hint(s), 0 errors", output);
            var sdl = await File.ReadAllTextAsync(supergraph);
            // The joins the examples exist for: each partner reaches our entities by a key we resolve.
            Assert.Contains("@join__type(graph: RESEARCH, key: \"code\")", sdl);
            Assert.Contains("@join__type(graph: RESEARCH, key: \"slug\")", sdl);
            Assert.Contains("@join__type(graph: CITATIONS, key: \"id\", isInterfaceObject: true)", sdl);
        }
        finally
        {
            File.Delete(supergraph);
        }
    }

    /// <summary>
    /// A partner built with Relay or HotChocolate conventions has its own PageInfo, node/nodes and
    /// mutation errors; Federation 2 composes a type two subgraphs define only when both mark it
    /// @shareable (INVALID_FIELD_SHARING otherwise). A shared <c>node</c> must also share some
    /// runtime types: here the partner's Municipality, a Node in both, joined by its id.
    /// </summary>
    [Fact]
    public async Task A_partner_with_its_own_page_info_node_field_and_errors_composes()
    {
        var partner = Path.Combine(Path.GetTempPath(), $"knowledgehub-relay-partner-{Guid.NewGuid():N}.graphql");
        await File.WriteAllTextAsync(partner, """
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])
            type Query {
              node(id: ID!): Node @shareable
              nodes(ids: [ID!]!): [Node]! @shareable
              reviews(first: Int, after: String): ReviewsConnection!
            }
            type Mutation { addReview(text: String!): AddReviewPayload! }
            interface Node { id: ID! }
            type Review implements Node @key(fields: "id") { id: ID! text: String! municipality: Municipality }
            type ReviewsConnection { pageInfo: PageInfo! nodes: [Review!] }
            type PageInfo @shareable { hasNextPage: Boolean! hasPreviousPage: Boolean! startCursor: String endCursor: String }
            type AddReviewPayload { review: Review errors: [ValidationError!] }
            type ValidationError @shareable { message: String! field: String }
            type Municipality implements Node @key(fields: "id") { id: ID! reviews: [Review!]! }
            """);
        try
        {
            var (exitCode, output) = await Composer.ComposeAsync($"relay={partner}");

            Assert.True(exitCode == 0, output);
        }
        finally
        {
            File.Delete(partner);
        }
    }

    [Fact]
    public async Task Composition_errors_fail_the_run()
    {
        var partner = Path.Combine(Path.GetTempPath(), $"knowledgehub-broken-partner-{Guid.NewGuid():N}.graphql");
        await File.WriteAllTextAsync(partner, """
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
            type Query { municipalityCount: Int! }
            type Municipality @key(fields: "code") { code: Int! population: Int }
            """);
        try
        {
            var (exitCode, output) = await Composer.ComposeAsync($"broken={partner}");

            Assert.Equal(1, exitCode);
            Assert.Contains("FIELD_TYPE_MISMATCH", output);
        }
        finally
        {
            File.Delete(partner);
        }
    }
}
