using System.Text.Json.Nodes;

namespace KnowledgeHub.Tests.Editing;

/// <summary>
/// A draft is invisible to anonymous readers everywhere a record can be reached: lists, node,
/// nodes, record(slug), a municipality's and a theme's records, children, implementations.
/// A partner sees its own organisation's drafts, not another's; editors see every draft.
/// </summary>
public sealed class DraftVisibilityTests(DraftVisibilityTests.Fixture fixture) : IClassFixture<DraftVisibilityTests.Fixture>
{
    private const string Municipality = "0101";
    private const string Theme = "omlaegning-til-tidligere-forebyggelse";
    private const string Parent = "forebyggelsespakken";

    /// <summary>A VIVE draft programme under a published one, with a theme and a municipality, and a VIVE draft family programme implemented there.</summary>
    public sealed class Fixture : EditingServer, IAsyncLifetime
    {
        public JsonNode Program { get; private set; } = null!;
        public JsonNode FamilyProgram { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            var vive = await ViveAsync();
            Program = await vive.CreateProgramAsync(Records.NewSlug("kladde"),
                ("parent", Parent), ("themes", new[] { Theme }), ("municipalities", new[] { new { code = Municipality, role = "PARTNER" } }));
            var family = await vive.DataAsync("""
                mutation($input: CreateFamilyProgramInput!) { createFamilyProgram(input: $input) { familyProgram { id slug status } errors { __typename } } }
                """, new
            {
                input = new
                {
                    slug = Records.NewSlug("kladdeprogram"), title = "Kladde", summary = "Et familieprogram i kladde.",
                    sources = new[] { new { title = "Kilde", url = "https://example.org" } },
                    implementations = new[] { new { municipality = Municipality, status = "PILOT", source = new { title = "Kilde", url = "https://example.org" } } },
                },
            });
            FamilyProgram = family["createFamilyProgram"]!["familyProgram"]!;
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public void New_records_start_as_drafts()
    {
        Assert.Equal("DRAFT", (string)fixture.Program["status"]!);
        Assert.Equal("DRAFT", (string)fixture.FamilyProgram["status"]!);
    }

    [Fact]
    public async Task Anonymous_readers_never_see_a_draft()
    {
        var seen = await Everything(fixture.Anonymous);
        Assert.DoesNotContain(Slug(fixture.Program), seen);
        Assert.DoesNotContain(Slug(fixture.FamilyProgram), seen);
    }

    [Fact]
    public async Task The_owning_partner_sees_its_drafts_everywhere()
    {
        var seen = await Everything(await fixture.ViveAsync());
        Assert.Equal(Lists.Length, seen.Count(s => s == Slug(fixture.Program)));
        Assert.Contains(Slug(fixture.FamilyProgram), seen);
    }

    [Fact]
    public async Task Another_partner_does_not_see_them()
    {
        var seen = await Everything(await fixture.KoraAsync());
        Assert.DoesNotContain(Slug(fixture.Program), seen);
        Assert.DoesNotContain(Slug(fixture.FamilyProgram), seen);
    }

    [Fact]
    public async Task Editors_see_every_draft()
    {
        var seen = await Everything(await fixture.EditorAsync());
        Assert.Equal(Lists.Length, seen.Count(s => s == Slug(fixture.Program)));
    }

    [Fact]
    public async Task Once_published_anonymous_readers_see_it_everywhere()
    {
        var editor = await fixture.EditorAsync();
        var slug = Records.NewSlug("offentlig");
        var created = await editor.CreateProgramAsync(slug,
            ("parent", Parent), ("themes", new[] { Theme }), ("municipalities", new[] { new { code = Municipality, role = "PARTNER" } }));
        Assert.DoesNotContain(slug, await Everything(fixture.Anonymous, created));

        await editor.PublishAsync(created);

        Assert.Equal(Lists.Length, (await Everything(fixture.Anonymous, created)).Count(s => s == slug));
    }

    [Fact]
    public async Task A_published_child_of_a_draft_shows_no_parent_to_anonymous_readers()
    {
        var vive = await fixture.ViveAsync();
        var child = await vive.CreateProgramAsync(Records.NewSlug("barn"), ("parent", Slug(fixture.Program)), ("status", "PUBLISHED"));
        const string Query = "query($slug: String!) { record(slug: $slug) { slug parent { slug } } }";

        var anonymous = await fixture.Anonymous.DataAsync(Query, new { slug = Slug(child) });
        var owner = await vive.DataAsync(Query, new { slug = Slug(child) });

        Assert.Equal(Slug(child), (string)anonymous["record"]!["slug"]!);
        Assert.Null(anonymous["record"]!["parent"]);
        Assert.Equal(Slug(fixture.Program), (string)owner["record"]!["parent"]!["slug"]!);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("vive")]
    [InlineData("kora")]
    public async Task Counts_count_what_the_reader_sees(string? who)
    {
        var client = who switch { "vive" => await fixture.ViveAsync(), "kora" => await fixture.KoraAsync(), _ => fixture.Anonymous };
        var data = await client.DataAsync("""
            { programs(first: 50) { totalCount nodes { slug } }
              themes(first: 50) { nodes { records(first: 50) { totalCount nodes { slug } } } }
              municipality(code: "0101") { records(first: 50) { totalCount nodes { slug } } } }
            """);

        var connections = new[] { data["programs"]!, data["municipality"]!["records"]! }
            .Concat(data["themes"]!["nodes"]!.AsArray().Select(t => t!["records"]!));
        Assert.All(connections, c => Assert.Equal(c["nodes"]!.AsArray().Count, (int)c["totalCount"]!));
        Assert.Equal(who == "vive", data["programs"]!["nodes"]!.AsArray().Any(n => (string)n!["slug"]! == Slug(fixture.Program)));
    }

    // Every way of reaching a programme; each one that shows it adds its slug once.
    private static readonly string[] Lists = ["programs", "node", "nodes", "record", "municipality.records", "theme.records", "children"];

    private async Task<List<string>> Everything(HttpClient client, JsonNode? program = null)
    {
        program ??= fixture.Program;
        var data = await client.DataAsync("""
            query($id: ID!, $slug: String!, $familySlug: String!, $municipality: String!, $theme: String!, $parent: String!) {
              programs(first: 50) { nodes { slug } }
              familyPrograms(first: 50) { nodes { slug } }
              node(id: $id) { ... on Record { slug } }
              nodes(ids: [$id]) { ... on Record { slug } }
              record(slug: $slug) { slug }
              family: record(slug: $familySlug) { slug }
              municipality(code: $municipality) {
                records(first: 50) { nodes { slug } }
                implementations { familyProgram { slug } }
              }
              theme(slug: $theme) { records(first: 50) { nodes { slug } } }
              parent: record(slug: $parent) { children { slug } }
            }
            """, new
        {
            id = (string)program["id"]!, slug = Slug(program), familySlug = Slug(fixture.FamilyProgram),
            municipality = Municipality, theme = Theme, parent = Parent,
        });
        var text = data.ToJsonString();
        return System.Text.RegularExpressions.Regex.Matches(text, "\"slug\":\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
    }

    private static string Slug(JsonNode record) => (string)record["slug"]!;
}
