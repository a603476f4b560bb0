using System.Text.RegularExpressions;

namespace KnowledgeHub.Tests.Federation;

/// <summary>schema/subgraph.graphql is what partners compose with: it must equal what <c>_service { sdl }</c> serves.</summary>
public sealed partial class SubgraphSchemaTests(SharedServer server) : IClassFixture<SharedServer>
{
    private readonly HttpClient _client = server.Client;

    [Fact]
    public async Task Subgraph_file_equals_the_served_sdl()
    {
        var served = (string)(await _client.DataAsync("{ _service { sdl } }"))["_service"]!["sdl"]!;
        var path = Path.Combine(RepositoryPaths.Schema, "subgraph.graphql");

        // KNOWLEDGEHUB_UPDATE_SCHEMA=1 dotnet test --filter "SchemaTests" rewrites it, as it does schema.graphql.
        if (Environment.GetEnvironmentVariable("KNOWLEDGEHUB_UPDATE_SCHEMA") == "1")
        {
            await File.WriteAllTextAsync(path, served);
        }

        Assert.True(File.Exists(path), "schema/subgraph.graphql is missing");
        Assert.Equal(await File.ReadAllTextAsync(path), served);
    }

    [Fact]
    public async Task Sdl_links_federation_2_and_declares_the_keys_partners_join_on()
    {
        var sdl = (string)(await _client.DataAsync("{ _service { sdl } }"))["_service"]!["sdl"]!;

        Assert.Contains("@link(url: \"https://specs.apollo.dev/federation/v2.3\"", sdl);
        var keys = KeyDirective().Matches(sdl)
            .Select(m => $"{m.Groups["type"].Value}: {string.Join(" ", KeyField().Matches(m.Groups["keys"].Value).Select(k => k.Groups[1].Value))}")
            .Order();

        string[] expected =
        [
            "FamilyProgram: id slug", "InspirationCase: id slug", "LegalBasis: id slug", "MunicipalExperience: id slug",
            "Municipality: id code", "Organisation: id slug", "Program: id slug", "Publication: id slug",
            "Record: id slug", "Region: id code", "TargetGroup: id slug", "Theme: id slug",
        ];
        Assert.Equal(expected, keys);
    }

    [GeneratedRegex("""^(?:type|interface) (?<type>\w+) [^{\n]*?(?<keys>(?:@key\(fields: "\w+"\) ?)+)""", RegexOptions.Multiline)]
    private static partial Regex KeyDirective();

    [GeneratedRegex("""@key\(fields: "(\w+)"\)""")]
    private static partial Regex KeyField();
}
