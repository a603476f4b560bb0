namespace KnowledgeHub.Tests.Api;

/// <summary>
/// A municipality's records without a filter or an order come from the in-memory pairs; with a
/// filter that keeps everything they come from SQL. Both must give the same counts, pages,
/// cursors and page info, for every kind of reader, through cursors in both directions, and
/// right after a write.
/// </summary>
public sealed class MunicipalityRecordPairsTests(EditingServer server) : IClassFixture<EditingServer>
{
    // slug neq "" keeps every record, and sends the connection to SQL.
    private const string InSql = """where: { slug: { neq: "" } }""";

    /// <summary>All 98 municipalities (two pages of 50) with their records.</summary>
    private static async Task<string> EveryoneAsync(HttpClient reader, string arguments)
    {
        var query = $$"""
            query($after: String) { municipalities(first: 50, after: $after) { pageInfo { endCursor } nodes { code
              records({{arguments}}) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { slug } } } } } }
            """;
        var first = (await reader.DataAsync(query))["municipalities"]!;
        var second = (await reader.DataAsync(query, new { after = (string)first["pageInfo"]!["endCursor"]! }))["municipalities"]!;
        Assert.Equal(98, first["nodes"]!.AsArray().Count + second["nodes"]!.AsArray().Count);
        return first["nodes"]!.ToJsonString() + second["nodes"]!.ToJsonString();
    }

    [Theory]
    [InlineData("first: 3")]
    [InlineData("first: 50")]
    [InlineData("last: 2")]
    public async Task Every_municipality_gets_what_SQL_gives_for_every_reader(string arguments)
    {
        var vive = await server.ViveAsync();
        await vive.CreateProgramAsync(Records.NewSlug("parkladde"), ("municipalities", Linked("0101", "0751")));
        await (await server.EditorAsync()).CreateProgramAsync(Records.NewSlug("parudgivet"), ("status", "PUBLISHED"), ("municipalities", Linked("0101")));

        foreach (var reader in new[] { server.Anonymous, vive, await server.KoraAsync(), await server.EditorAsync() })
        {
            Assert.Equal(await EveryoneAsync(reader, $"{arguments}, {InSql}"), await EveryoneAsync(reader, arguments));
        }
    }

    [Fact]
    public async Task Walking_with_cursors_both_ways_gives_what_SQL_gives()
    {
        var editor = await server.EditorAsync();
        for (var i = 0; i < 3; i++)
        {
            await editor.CreateProgramAsync(Records.NewSlug("parvandring"), ("status", "PUBLISHED"), ("municipalities", Linked("0101")));
        }

        Assert.Equal(await WalkAsync(editor, "", forward: true), await WalkAsync(editor, InSql, forward: true));
        Assert.Equal(await WalkAsync(editor, "", forward: false), await WalkAsync(editor, InSql, forward: false));
        Assert.Equal(await WalkAsync(server.Anonymous, "", forward: false), await WalkAsync(server.Anonymous, InSql, forward: false));
    }

    [Fact]
    public async Task A_write_is_seen_by_the_next_request()
    {
        var editor = await server.EditorAsync();
        var before = await LastAsync(server.Anonymous, "0860");

        var created = await editor.CreateProgramAsync(Records.NewSlug("parny"), ("status", "PUBLISHED"), ("municipalities", Linked("0860")));
        var published = await LastAsync(server.Anonymous, "0860");

        var unpublished = await editor.ChangeStatusAsync("unpublishRecord", (string)created["id"]!, (int)created["version"]!);
        var hidden = await LastAsync(server.Anonymous, "0860");
        var forEditor = await LastAsync(editor, "0860");

        await editor.DataAsync("mutation($id: ID!, $v: Int!) { deleteRecord(input: { id: $id, version: $v }) { deletedRecordId } }",
            new { id = (string)created["id"]!, v = (int)unpublished["record"]!["version"]! });
        var deleted = await LastAsync(editor, "0860");

        Assert.Equal(before.Count + 1, published.Count);
        Assert.Equal((string)created["slug"]!, published.Last);
        Assert.Equal(before, hidden);
        Assert.Equal((string)created["slug"]!, forEditor.Last);
        Assert.NotEqual((string)created["slug"]!, deleted.Last);
    }

    private static object[] Linked(params string[] codes) => [.. codes.Select(code => new { code, role = "PARTNER" })];

    private static async Task<(int Count, string? Last)> LastAsync(HttpClient reader, string code)
    {
        var records = (await reader.DataAsync($$"""{ municipality(code: "{{code}}") { records(last: 1) { totalCount nodes { slug } } } }"""))["municipality"]!["records"]!;
        return ((int)records["totalCount"]!, (string?)records["nodes"]!.AsArray().SingleOrDefault()?["slug"]);
    }

    /// <summary>København's records two at a time, as slugs with each page's info.</summary>
    private static async Task<List<string>> WalkAsync(HttpClient reader, string filter, bool forward)
    {
        var seen = new List<string>();
        string? cursor = null;
        for (var page = 0; page < 200; page++)
        {
            var arguments = forward
                ? $"first: 2{(cursor is null ? "" : $", after: \"{cursor}\"")}"
                : $"last: 2{(cursor is null ? "" : $", before: \"{cursor}\"")}";
            var records = (await reader.DataAsync($$"""
                { municipality(code: "0101") { records({{arguments}}{{(filter.Length == 0 ? "" : ", " + filter)}}) {
                    pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { slug } } } }
                """))["municipality"]!["records"]!;
            var info = records["pageInfo"]!;
            seen.Add(records.ToJsonString());
            var more = (bool)info[forward ? "hasNextPage" : "hasPreviousPage"]!;
            if (!more)
            {
                return seen;
            }

            cursor = (string)info[forward ? "endCursor" : "startCursor"]!;
        }

        throw new InvalidOperationException("The walk did not end.");
    }
}
