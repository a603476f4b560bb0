using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeHub.Tests.Editing;

/// <summary>The public change feed: what anonymous readers see changing, in commit order, resumable by cursor.</summary>
public sealed class ChangeFeedTests(EditingServer server) : IClassFixture<EditingServer>
{
    private const string Changes = """
        query($after: String, $first: Int) {
          changes(after: $after, first: $first) {
            totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
            edges { cursor node { sequence action recordId kind slug at record { slug status } } } } }
        """;

    [Fact]
    public async Task The_feed_starts_with_the_seed_and_pages_in_commit_order()
    {
        var all = new List<JsonNode>();
        string? after = null;
        JsonNode page;
        do
        {
            page = (await server.Anonymous.DataAsync(Changes, new { after, first = 50 }))["changes"]!;
            all.AddRange(page["edges"]!.AsArray().Select(e => e!));
            Assert.Equal(after is not null, (bool)page["pageInfo"]!["hasPreviousPage"]!);
            after = (string?)page["pageInfo"]!["endCursor"];
        }
        while ((bool)page["pageInfo"]!["hasNextPage"]!);

        var sequences = all.Select(e => (long)e["node"]!["sequence"]!).ToList();
        Assert.Equal(sequences.Order(), sequences);
        Assert.Equal(sequences.Count, sequences.Distinct().Count());
        Assert.All(all, e => Assert.Equal((string)e["cursor"]!, ((long)e["node"]!["sequence"]!).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal((int)page["totalCount"]!, all.Count);
        await using var db = server.Database.Open();
        Assert.True(all.Count >= await db.Records.CountAsync(r => r.Status == Domain.Records.RecordStatus.Published));
        Assert.Contains(all, e => (string)e["node"]!["slug"]! == "pmto" && (string)e["node"]!["action"]! == "CREATED");
    }

    [Fact]
    public async Task Drafts_stay_out_until_published_and_the_feed_tells_what_readers_lost()
    {
        var editor = await server.EditorAsync();
        var start = await LastSequenceAsync();

        var draft = await editor.CreateProgramAsync(Records.NewSlug("feed"));
        var id = (string)draft["id"]!;
        await editor.DataAsync("""mutation($id: ID!) { updateProgram(input: { id: $id, version: 1, title: "Stadig kladde" }) { program { id } } }""", new { id });
        Assert.Empty(await SinceAsync(start));

        await editor.ChangeStatusAsync("publishRecord", id, 2);
        await editor.DataAsync("""mutation($id: ID!) { updateProgram(input: { id: $id, version: 3, title: "Offentlig" }) { program { id } } }""", new { id });
        await editor.ChangeStatusAsync("unpublishRecord", id, 4);
        await editor.DataAsync("mutation($id: ID!) { deleteRecord(input: { id: $id, version: 5 }) { deletedRecordId } }", new { id });

        var feed = await SinceAsync(start);
        Assert.Equal(["PUBLISHED", "UPDATED", "UNPUBLISHED"], feed.Select(n => (string)n["action"]!));
        Assert.All(feed, n => Assert.Equal(id, (string)n["recordId"]!));
        // The record as anonymous readers see it now: gone from their view.
        Assert.All(feed, n => Assert.Null(n["record"]));
    }

    [Fact]
    public async Task A_published_record_and_its_deletion_appear_with_the_record_while_it_is_public()
    {
        var editor = await server.EditorAsync();
        var start = await LastSequenceAsync();
        var published = await editor.CreateProgramAsync(Records.NewSlug("synlig"), ("status", "PUBLISHED"));

        var feed = await SinceAsync(start);
        Assert.Equal(("CREATED", "PUBLISHED"), ((string)feed.Single()["action"]!, (string)feed.Single()["record"]!["status"]!));

        await editor.DataAsync("mutation($id: ID!) { deleteRecord(input: { id: $id, version: 1 }) { deletedRecordId } }", new { id = (string)published["id"]! });
        var after = await SinceAsync(start);
        Assert.Equal(["CREATED", "DELETED"], after.Select(n => (string)n["action"]!));
        Assert.All(after, n => Assert.Null(n["record"]));
    }

    [Theory]
    [InlineData("abc", "INVALID_CURSOR")]
    [InlineData("-1", "INVALID_CURSOR")]
    public async Task A_bad_cursor_is_refused(string after, string code)
    {
        var result = await server.Anonymous.QueryAsync(Changes, new { after });
        Assert.Equal(code, result.Code());
    }

    [Fact]
    public async Task Pages_are_capped_like_every_connection()
    {
        var result = await server.Anonymous.RefusedAsync(Changes, new { first = 51 });
        Assert.Equal("PAGE_SIZE_TOO_LARGE", result.Code());
    }

    private async Task<long> LastSequenceAsync()
    {
        await using var db = server.Database.Open();
        return await db.RecordChanges.MaxAsync(c => c.Sequence);
    }

    private async Task<List<JsonNode>> SinceAsync(long sequence)
    {
        var data = await server.Anonymous.DataAsync(Changes, new { after = sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), first = 50 });
        return data["changes"]!["edges"]!.AsArray().Select(e => e!["node"]!).ToList();
    }
}
