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
