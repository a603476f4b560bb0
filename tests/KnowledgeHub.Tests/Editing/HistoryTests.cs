using System.Text.Json.Nodes;

namespace KnowledgeHub.Tests.Editing;

/// <summary>The audit trail: every change, who made it, before and after; for editors only.</summary>
public sealed class HistoryTests(EditingServer server) : IClassFixture<EditingServer>
{
    private const string History = """
        query($id: ID!, $after: String, $first: Int) {
          recordHistory(id: $id, after: $after, first: $first) {
            totalCount pageInfo { hasNextPage endCursor }
            edges { cursor node { sequence action actor apiKeyId organisation { slug } slug before after publicChange } } } }
        """;

    [Fact]
    public async Task Every_change_is_recorded_with_who_when_and_before_and_after()
    {
        var vive = await server.ViveAsync();
        var created = await vive.CreateProgramAsync(Records.NewSlug("historik"), ("description", "Første udgave"));
        var id = (string)created["id"]!;
        await vive.DataAsync("""mutation($id: ID!) { updateProgram(input: { id: $id, version: 1, description: "Anden udgave" }) { program { id } } }""", new { id });
        await vive.ChangeStatusAsync("publishRecord", id, 2);
        var editor = await server.EditorAsync();
        await editor.ChangeStatusAsync("archiveRecord", id, 3);
        await editor.DataAsync("mutation($id: ID!) { deleteRecord(input: { id: $id, version: 4 }) { deletedRecordId } }", new { id });

        var data = await editor.DataAsync(History, new { id });

        var entries = data["recordHistory"]!["edges"]!.AsArray().Select(e => e!["node"]!).ToList();
        Assert.Equal(["CREATED", "UPDATED", "PUBLISHED", "ARCHIVED", "DELETED"], entries.Select(e => (string)e["action"]!));
        Assert.Equal([false, false, true, true, false], entries.Select(e => (bool)e["publicChange"]!));
        Assert.Equal(entries.Select(e => (long)e["sequence"]!).Order(), entries.Select(e => (long)e["sequence"]!));
        Assert.Equal(["vive", "vive", "vive", null, null], entries.Select(e => (string?)e["organisation"]?["slug"]));
        Assert.All(entries, e => Assert.NotNull(e["apiKeyId"]));
        Assert.Equal("test Partner", (string)entries[0]["actor"]!);

        Assert.Null(entries[0]["before"]);
        Assert.Equal("Første udgave", (string)JsonNode.Parse((string)entries[0]["after"]!)!["description"]!);
        Assert.Equal("Første udgave", (string)JsonNode.Parse((string)entries[1]["before"]!)!["description"]!);
        Assert.Equal("Anden udgave", (string)JsonNode.Parse((string)entries[1]["after"]!)!["description"]!);
        Assert.Equal(("draft", "published"), ((string)JsonNode.Parse((string)entries[2]["before"]!)!["status"]!, (string)JsonNode.Parse((string)entries[2]["after"]!)!["status"]!));
        Assert.Null(entries[4]["after"]);
        Assert.Equal("archived", (string)JsonNode.Parse((string)entries[4]["before"]!)!["status"]!);
    }

    [Fact]
    public async Task History_pages_by_sequence()
    {
        var editor = await server.EditorAsync();
        var created = await editor.CreateProgramAsync(Records.NewSlug("sider"));
        var id = (string)created["id"]!;
        await editor.ChangeStatusAsync("publishRecord", id, 1);
        await editor.ChangeStatusAsync("unpublishRecord", id, 2);

        var first = (await editor.DataAsync(History, new { id, first = 2 }))["recordHistory"]!;
        var rest = (await editor.DataAsync(History, new { id, after = (string)first["pageInfo"]!["endCursor"]!, first = 2 }))["recordHistory"]!;

        Assert.Equal(3, (int)first["totalCount"]!);
        Assert.True((bool)first["pageInfo"]!["hasNextPage"]!);
        Assert.Equal(["UNPUBLISHED"], rest["edges"]!.AsArray().Select(e => (string)e!["node"]!["action"]!));
        Assert.False((bool)rest["pageInfo"]!["hasNextPage"]!);
    }

    [Fact]
    public async Task Seeded_records_start_with_a_creation_by_the_seed()
    {
        var editor = await server.EditorAsync();
        var pmto = await editor.DataAsync("""{ record(slug: "pmto") { id } }""");
        var data = await editor.DataAsync(History, new { id = (string)pmto["record"]!["id"]! });
        var first = data["recordHistory"]!["edges"]![0]!["node"]!;
        Assert.Equal(("CREATED", "seed", true), ((string)first["action"]!, (string)first["actor"]!, (bool)first["publicChange"]!));
        Assert.Null(first["apiKeyId"]);
    }

    [Fact]
    public async Task Partners_and_anonymous_readers_may_not_read_history()
    {
        var pmto = await server.Anonymous.DataAsync("""{ record(slug: "pmto") { id } }""");
        var id = (string)pmto["record"]!["id"]!;
        var anonymous = await server.Anonymous.QueryAsync(History, new { id });
        var partner = await (await server.ViveAsync()).QueryAsync(History, new { id });
        Assert.Equal(("FORBIDDEN", "FORBIDDEN"), (anonymous.Code(), partner.Code()));
    }
}
