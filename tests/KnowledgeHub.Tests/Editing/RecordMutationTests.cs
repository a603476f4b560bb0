using Snapshooter.Xunit;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeHub.Tests.Editing;

/// <summary>create/update/delete/publish through HTTP, with the seed import's rules and HotChocolate's payloads.</summary>
public sealed class RecordMutationTests(EditingServer server) : IClassFixture<EditingServer>
{
    private const string Source = """[{ title: "Kilde", url: "https://example.org/kilde" }]""";

    [Fact]
    public async Task Every_kind_can_be_created_with_its_own_fields()
    {
        var editor = await server.EditorAsync();
        var s = Records.NewSlug("alle");
        var data = await editor.DataAsync($$"""
            mutation {
              p: createProgram(input: { slug: "{{s}}-p", title: "P", summary: "S", category: POLITICAL_AGREEMENT, fundingAmountDkk: 96000000, sources: {{Source}}, status: PUBLISHED }) {
                program { __typename category fundingAmountDkk status version } errors { __typename } }
              f: createFamilyProgram(input: { slug: "{{s}}-f", title: "F", summary: "S", abbreviation: "FX", sources: {{Source}},
                   evidenceAssessments: [{ scale: BLUEPRINTS, dimension: "overall", level: "Model", normalizedLevel: GOOD, source: { title: "B", url: "https://example.org/b" } }],
                   implementations: [{ municipality: "0461", status: RUNNING, startYear: 2019, source: { title: "I", url: "https://example.org/i" } }] }) {
                familyProgram { __typename abbreviation evidenceAssessments { scale normalizedLevel } implementations { municipality { code } status } } errors { __typename } }
              c: createInspirationCase(input: { slug: "{{s}}-c", title: "C", summary: "S", municipality: "0420", area: AUTHORITY, sources: {{Source}} }) {
                inspirationCase { __typename area municipality { code } municipalityLinks { municipality { code } role } } errors { __typename } }
              e: createMunicipalExperience(input: { slug: "{{s}}-e", title: "E", summary: "S", municipality: "0461", sourcePublication: "kora-2018-slutevaluering-tile", sources: {{Source}} }) {
                municipalExperience { __typename municipality { code } sourcePublication { slug } } errors { __typename } }
            }
            """);
        Assert.All(data.AsObject(), payload => Assert.Null(payload.Value!["errors"]));
        Snapshot.Match(data.Pretty());
    }

    [Fact]
    public async Task A_municipality_in_two_roles_is_one_of_the_records_municipalities()
    {
        var editor = await server.EditorAsync();
        var slug = Records.NewSlug("roller");
        await editor.CreateProgramAsync(slug, ("municipalities", new[]
        {
            new { code = "0461", role = "PILOT" }, new { code = "0101", role = "PARTNER" }, new { code = "0461", role = "PARTNER" },
        }));

        var record = (await editor.DataAsync("""
            query($slug: String!) { record(slug: $slug) { municipalities { code } municipalityLinks { role municipality { code } } } }
            """, new { slug }))["record"]!;
        Assert.Equal(["0101:PARTNER", "0461:PARTNER", "0461:PILOT"],
            record["municipalityLinks"]!.AsArray().Select(l => $"{l!["municipality"]!["code"]}:{l["role"]}"));
        Assert.Equal(["0101", "0461"], record["municipalities"]!.AsArray().Select(m => (string)m!["code"]!));
    }

    [Fact]
    public async Task Update_replaces_the_given_fields_only_and_bumps_the_version()
    {
        var editor = await server.EditorAsync();
        var created = await editor.CreateProgramAsync(Records.NewSlug("opdater"), ("description", "Før"), ("startYear", 2015), ("themes", new[] { "tidlig-opsporing" }));

        var data = await editor.DataAsync("""
            mutation($id: ID!) { updateProgram(input: { id: $id, version: 1, title: "Ny titel", startYear: null, themes: ["tidlig-opsporing", "dagtilbud"] }) {
              program { title description startYear version themes { slug } } errors { __typename } } }
            """, new { id = (string)created["id"]! });

        var program = data["updateProgram"]!["program"]!;
        Assert.Equal(("Ny titel", "Før", 2), ((string)program["title"]!, (string)program["description"]!, (int)program["version"]!));
        Assert.Null(program["startYear"]);
        Assert.Equal(["dagtilbud", "tidlig-opsporing"], program["themes"]!.AsArray().Select(t => (string)t!["slug"]!).Order());
    }

    [Fact]
    public async Task An_update_binds_a_kinds_own_fields_and_nested_enums_and_refuses_removing_a_required_field()
    {
        var editor = await server.EditorAsync();
        var created = (await editor.DataAsync($$"""
            mutation { createFamilyProgram(input: { slug: "{{Records.NewSlug("binding")}}", title: "F", summary: "S", cost: "Før", sources: {{Source}} }) {
              familyProgram { id } } }
            """))["createFamilyProgram"]!["familyProgram"]!;

        var data = await editor.DataAsync("""
            mutation($id: ID!) { updateFamilyProgram(input: { id: $id, version: 1, cost: "12.000 kr. pr. forløb (2023)",
                organisations: [{ slug: "vive", role: EVALUATOR }, { slug: "kora", role: FUNDER }] }) {
              familyProgram { cost version organisationLinks { organisation { slug } role } } errors { __typename } } }
            """, new { id = (string)created["id"]! });
        var removed = await editor.DataAsync("""
            mutation($id: ID!) { updateFamilyProgram(input: { id: $id, version: 2, title: null }) {
              familyProgram { id } errors { __typename ... on ValidationError { field } } } }
            """, new { id = (string)created["id"]! });

        var program = data["updateFamilyProgram"]!["familyProgram"]!;
        Assert.Equal(("12.000 kr. pr. forløb (2023)", 2), ((string)program["cost"]!, (int)program["version"]!));
        Assert.Equal(["kora FUNDER", "vive EVALUATOR"],
            program["organisationLinks"]!.AsArray().Select(l => $"{l!["organisation"]!["slug"]} {l["role"]}").Order(StringComparer.Ordinal));
        Assert.Null(removed["updateFamilyProgram"]!["familyProgram"]);
        Assert.Equal("ValidationError", (string)removed["updateFamilyProgram"]!["errors"]![0]!["__typename"]!);
    }

    [Fact]
    public async Task An_unchanged_update_writes_nothing()
    {
        var editor = await server.EditorAsync();
        var created = await editor.CreateProgramAsync(Records.NewSlug("samme"), ("description", "Samme"));
        var data = await editor.DataAsync("""mutation($id: ID!) { updateProgram(input: { id: $id, version: 1, description: "Samme" }) { program { version } } }""",
            new { id = (string)created["id"]! });
        Assert.Equal(1, (int)data["updateProgram"]!["program"]!["version"]!);
    }

    [Theory]
    [InlineData("""{"slug":"Ikke En Slug"}""", "slug")]
    [InlineData("""{"sources":[{"title":"Kilde","url":"ftp://example.org"}]}""", "sources[0].url")]
    [InlineData("""{"sources":[]}""", "sources")]
    [InlineData("""{"themes":["findes-ikke"]}""", "themes[0]")]
    [InlineData("""{"municipalities":[{"code":"0999","role":"PARTNER"}]}""", "municipalities[0].code")]
    [InlineData("""{"parent":"findes-ikke"}""", "parent")]
    [InlineData("""{"parent":"pmto"}""", "parent")]
    [InlineData("""{"startYear":2020,"endYear":2019}""", "endYear")]
    [InlineData("""{"slug":"pmto"}""", "slug")]
    [InlineData("""{"title":""}""", "title")]
    [InlineData("""{"owner":"findes-ikke"}""", "owner")]
    public async Task Invalid_input_gets_a_validation_error_naming_the_field_and_writes_nothing(string overrides, string path)
    {
        var editor = await server.EditorAsync();
        var input = Records.Program(Records.NewSlug("ugyldig"));
        foreach (var (key, value) in JsonNode.Parse(overrides)!.AsObject())
        {
            input[key] = value?.DeepClone();
        }

        await using var db = server.Database.Open();
        var before = await db.Records.CountAsync();
        var data = await editor.DataAsync(Records.CreateProgram, new { input });

        var payload = data["createProgram"]!;
        Assert.Null(payload["program"]);
        Assert.Equal("ValidationError", (string)payload["errors"]![0]!["__typename"]!);
        Assert.Contains(path, payload["errors"]!.AsArray().Select(e => (string?)e!["field"]));
        Assert.Equal(before, await db.Records.CountAsync());
    }

    [Fact]
    public async Task A_record_cannot_move_under_its_own_descendant()
    {
        var editor = await server.EditorAsync();
        var top = await editor.CreateProgramAsync(Records.NewSlug("top"));
        var middle = await editor.CreateProgramAsync(Records.NewSlug("midt"), ("parent", (string)top["slug"]!));
        var bottom = await editor.CreateProgramAsync(Records.NewSlug("bund"), ("parent", (string)middle["slug"]!));

        var data = await editor.DataAsync("""mutation($id: ID!, $parent: String!) { updateProgram(input: { id: $id, version: 1, parent: $parent }) { program { id } errors { ... on ValidationError { field message } } } }""",
            new { id = (string)top["id"]!, parent = (string)bottom["slug"]! });

        Assert.Null(data["updateProgram"]!["program"]);
        Assert.Equal("parent", (string)data["updateProgram"]!["errors"]![0]!["field"]!);
    }

    [Fact]
    public async Task Updating_with_the_id_of_another_kind_is_not_found()
    {
        var editor = await server.EditorAsync();
        var family = await editor.DataAsync("""{ record(slug: "pmto") { id version } }""");
        var data = await editor.DataAsync("""mutation($id: ID!) { updateProgram(input: { id: $id, version: 1, title: "X" }) { program { id } errors { __typename } } }""",
            new { id = (string)family["record"]!["id"]! });
        Assert.Equal("NotFoundError", (string)data["updateProgram"]!["errors"]![0]!["__typename"]!);
    }

    [Fact]
    public async Task A_malformed_id_is_invalid_id()
    {
        var editor = await server.EditorAsync();
        var result = await editor.QueryAsync("""mutation { deleteRecord(input: { id: "!!", version: 1 }) { deletedRecordId } }""");
        Assert.Equal("INVALID_ID", result.Code());
    }

    [Fact]
    public async Task Publish_unpublish_archive_and_delete()
    {
        var editor = await server.EditorAsync();
        var created = await editor.CreateProgramAsync(Records.NewSlug("livscyklus"));
        var id = (string)created["id"]!;

        var published = await editor.ChangeStatusAsync("publishRecord", id, 1);
        var unpublished = await editor.ChangeStatusAsync("unpublishRecord", id, 2);
        var archived = await editor.ChangeStatusAsync("archiveRecord", id, 3);
        Assert.Equal(("PUBLISHED", 2), ((string)published["record"]!["status"]!, (int)published["record"]!["version"]!));
        Assert.Equal(("DRAFT", 3), ((string)unpublished["record"]!["status"]!, (int)unpublished["record"]!["version"]!));
        Assert.Equal(("ARCHIVED", 4), ((string)archived["record"]!["status"]!, (int)archived["record"]!["version"]!));

        var deleted = await editor.DataAsync("mutation($id: ID!) { deleteRecord(input: { id: $id, version: 4 }) { deletedRecordId errors { __typename } } }", new { id });
        Assert.Equal(id, (string)deleted["deleteRecord"]!["deletedRecordId"]!);
        Assert.Null((await editor.DataAsync("query($id: ID!) { node(id: $id) { id } }", new { id }))["node"]);
    }

    [Fact]
    public async Task A_record_with_children_cannot_be_deleted()
    {
        var editor = await server.EditorAsync();
        var parent = await editor.DataAsync("""{ record(slug: "forebyggelsespakken") { id version } }""");
        var data = await editor.DataAsync("mutation($id: ID!, $v: Int!) { deleteRecord(input: { id: $id, version: $v }) { deletedRecordId errors { __typename ... on ValidationError { field } } } }",
            new { id = (string)parent["record"]!["id"]!, v = (int)parent["record"]!["version"]! });
        Assert.Null(data["deleteRecord"]!["deletedRecordId"]);
        Assert.Equal("ValidationError", (string)data["deleteRecord"]!["errors"]![0]!["__typename"]!);
    }

    [Fact]
    public async Task A_partner_creates_publishes_and_changes_its_own_organisations_records()
    {
        var vive = await server.ViveAsync();
        var created = await vive.CreateProgramAsync(Records.NewSlug("vive"));
        Assert.Equal("vive", (string)created["owner"]!["slug"]!);

        var published = await vive.PublishAsync(created);
        Assert.Equal("PUBLISHED", (string)published["status"]!);
        var updated = await vive.DataAsync("""mutation($id: ID!) { updateProgram(input: { id: $id, version: 2, title: "VIVE's" }) { program { title } errors { __typename } } }""",
            new { id = (string)created["id"]! });
        Assert.Equal("VIVE's", (string)updated["updateProgram"]!["program"]!["title"]!);
    }

    [Fact]
    public async Task A_partner_touching_another_organisations_record_is_forbidden()
    {
        var vive = await server.ViveAsync();
        var seeded = await vive.DataAsync("""{ record(slug: "forebyggelsespakken") { id version title } }""");
        var (id, version) = ((string)seeded["record"]!["id"]!, (int)seeded["record"]!["version"]!);

        var results = new[]
        {
            await vive.QueryAsync("""mutation($id: ID!, $v: Int!) { updateProgram(input: { id: $id, version: $v, title: "Kapret" }) { program { id } } }""", new { id, v = version }),
            await vive.QueryAsync("""mutation($id: ID!, $v: Int!) { unpublishRecord(input: { id: $id, version: $v }) { record { id } } }""", new { id, v = version }),
            await vive.QueryAsync("""mutation($id: ID!, $v: Int!) { deleteRecord(input: { id: $id, version: $v }) { deletedRecordId } }""", new { id, v = version }),
            await vive.QueryAsync(Records.CreateProgram, new { input = Records.Program(Records.NewSlug("fremmed"), ("owner", "socialstyrelsen")) }),
        };

        Assert.All(results, r => Assert.Equal("FORBIDDEN", r.Code()));
        var after = await server.Anonymous.DataAsync("""{ record(slug: "forebyggelsespakken") { title version status } }""");
        Assert.Equal(((string)seeded["record"]!["title"]!, version, "PUBLISHED"),
            ((string)after["record"]!["title"]!, (int)after["record"]!["version"]!, (string)after["record"]!["status"]!));
    }

    [Fact]
    public async Task A_partner_cannot_reach_another_partners_draft()
    {
        var kora = await server.KoraAsync();
        var draft = await kora.CreateProgramAsync(Records.NewSlug("kora"));
        var vive = await server.ViveAsync();

        var data = await vive.DataAsync("""mutation($id: ID!) { publishRecord(input: { id: $id, version: 1 }) { record { id } errors { __typename } } }""",
            new { id = (string)draft["id"]! });

        Assert.Equal("NotFoundError", (string)data["publishRecord"]!["errors"]![0]!["__typename"]!);
    }
}
