using System.Text.Json.Nodes;

namespace KnowledgeHub.Tests.Consistency;

/// <summary>Records written through the API and the search index: at once, drafts never, and after a crash.</summary>
public sealed class EditedRecordsInSearchTests(EditingServer server) : IClassFixture<EditingServer>
{
    private const string Search = """
        query($q: String!) {
          search(query: $q, first: 10) { totalCount facets { field values { value count } } nodes { record { slug } } }
          suggest(prefix: $q, first: 10) { text }
        }
        """;

    [Fact]
    public async Task A_published_record_is_searchable_in_the_next_request_and_a_draft_never()
    {
        var editor = await server.EditorAsync();
        var word = "Kvistgaardmodellen" + Guid.NewGuid().ToString("N")[..6];
        var slug = Records.NewSlug("soeg");
        var draft = await editor.CreateProgramAsync(slug, ("title", $"{word} for familier"), ("status", "DRAFT"));

        var hidden = await server.Anonymous.DataAsync(Search, new { q = word });
        Assert.Equal(0, (int)hidden["search"]!["totalCount"]!);
        Assert.Empty(hidden["suggest"]!.AsArray());
        Assert.All(hidden["search"]!["facets"]!.AsArray(), f => Assert.Empty(f!["values"]!.AsArray()));

        await editor.PublishAsync(draft);
        var found = await server.Anonymous.DataAsync(Search, new { q = word });

        Assert.Equal(slug, (string)found["search"]!["nodes"]![0]!["record"]!["slug"]!);
        Assert.Contains(found["suggest"]!.AsArray(), s => ((string)s!["text"]!).Contains(word, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_published_record_does_not_show_a_draft_as_related()
    {
        var editor = await server.EditorAsync();
        var word = "Toftegaardprojektet" + Guid.NewGuid().ToString("N")[..6];
        var published = await editor.PublishAsync(await editor.CreateProgramAsync(Records.NewSlug("rel"), ("title", $"{word} om tidlig opsporing"), ("summary", $"{word} tidlig opsporing i dagtilbud.")));
        await editor.CreateProgramAsync(Records.NewSlug("rel-draft"), ("title", $"{word} kladde om tidlig opsporing"), ("summary", $"{word} tidlig opsporing i dagtilbud."), ("status", "DRAFT"));

        var data = await server.Anonymous.DataAsync("query($id: ID!) { node(id: $id) { ... on Program { related(first: 20) { slug status } } } }", new { id = (string)published["id"]! });

        Assert.All(data["node"]!["related"]!.AsArray(), r => Assert.Equal("PUBLISHED", (string)r!["status"]!));
    }
}
