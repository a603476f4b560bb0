using Microsoft.EntityFrameworkCore;

namespace KnowledgeHub.Tests.Editing;

/// <summary>Optimistic concurrency: a change names the version it read; a stale one changes nothing.</summary>
public sealed class ConcurrencyTests(EditingServer server) : IClassFixture<EditingServer>
{
    private const string Update = """
        mutation($id: ID!, $version: Int!, $title: String!) {
          updateProgram(input: { id: $id, version: $version, title: $title }) {
            program { title version } errors { __typename ... on Error { message } } } }
        """;

    [Fact]
    public async Task A_stale_version_gets_a_conflict_and_changes_nothing()
    {
        var editor = await server.EditorAsync();
        var created = await editor.CreateProgramAsync(Records.NewSlug("foraeldet"));
        var id = (string)created["id"]!;
        await editor.DataAsync(Update, new { id, version = 1, title = "Første" });
        await using var db = server.Database.Open();
        var changes = await db.RecordChanges.CountAsync();

        var stale = await editor.DataAsync(Update, new { id, version = 1, title = "Anden" });
        var staleStatus = await editor.ChangeStatusAsync("publishRecord", id, 1);
        var staleDelete = await editor.DataAsync("mutation($id: ID!) { deleteRecord(input: { id: $id, version: 1 }) { deletedRecordId errors { __typename } } }", new { id });

        Assert.Null(stale["updateProgram"]!["program"]);
        Assert.Equal("ConflictError", (string)stale["updateProgram"]!["errors"]![0]!["__typename"]!);
        Assert.Contains("version 2", (string)stale["updateProgram"]!["errors"]![0]!["message"]!, StringComparison.Ordinal);
        Assert.Equal("ConflictError", (string)staleStatus["errors"]![0]!["__typename"]!);
        Assert.Equal("ConflictError", (string)staleDelete["deleteRecord"]!["errors"]![0]!["__typename"]!);
        var now = await editor.DataAsync("query($id: ID!) { node(id: $id) { ... on Program { title version status } } }", new { id });
        Assert.Equal(("Første", 2, "DRAFT"), ((string)now["node"]!["title"]!, (int)now["node"]!["version"]!, (string)now["node"]!["status"]!));
        Assert.Equal(changes, await db.RecordChanges.CountAsync());
    }

    [Fact]
    public async Task Of_two_concurrent_updates_from_the_same_version_exactly_one_wins()
    {
        var editor = await server.EditorAsync();
        var other = await server.AdminAsync();
        var created = await editor.CreateProgramAsync(Records.NewSlug("samtidig"));
        var id = (string)created["id"]!;

        for (var round = 1; round <= 5; round++)
        {
            var results = await Task.WhenAll(
                editor.DataAsync(Update, new { id, version = round, title = $"A{round}" }),
                other.DataAsync(Update, new { id, version = round, title = $"B{round}" }));

            var payloads = results.Select(r => r["updateProgram"]!).ToList();
            var winners = payloads.Where(p => p["program"] is not null).ToList();
            Assert.Single(winners);
            Assert.Equal(round + 1, (int)winners[0]["program"]!["version"]!);
            Assert.Equal("ConflictError", (string)payloads.Single(p => p["program"] is null)["errors"]![0]!["__typename"]!);

            var stored = await editor.DataAsync("query($id: ID!) { node(id: $id) { ... on Program { title version } } }", new { id });
            Assert.Equal(((string)winners[0]["program"]!["title"]!, round + 1), ((string)stored["node"]!["title"]!, (int)stored["node"]!["version"]!));
        }

        await using var db = server.Database.Open();
        var recordId = int.Parse(Ids.Decode(id).Split(':')[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(6, await db.RecordChanges.CountAsync(c => c.RecordId == recordId));
    }
}
