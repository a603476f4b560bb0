using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeHub.Cli;

namespace KnowledgeHub.Tests.Consistency.Freshness;

/// <summary>
/// The probe written through every path there is: this server's mutations and importRecords, the
/// command line's import on the same database, and (on PostgreSQL) another server's mutations.
/// Each returns the state it left.
/// </summary>
public sealed class FreshnessWrites(string slug, string word, TestDatabase database)
{
    private const string Update = """
        mutation($input: UpdateProgramInput!) { updateProgram(input: $input) { program { version } errors { __typename ... on Error { message } } } }
        """;

    private const string Import = """
        mutation($content: String!) { importRecords(input: { content: $content }) { report { applied } errors { __typename ... on Error { message } } } }
        """;

    private int _step;

    public string Id { get; private set; } = "";

    public async Task<ProbeState> CreateAsync(HttpClient editor)
    {
        var state = Next(published: true);
        var created = await editor.CreateProgramAsync(slug, ("title", state.Title), ("summary", Summary), ("status", "PUBLISHED"),
            ("municipalities", new[] { new { code = "0461", role = "PARTNER" } }));
        Id = (string)created["id"]!;
        return state;
    }

    public async Task<ProbeState> RetitleAsync(HttpClient editor, bool published)
    {
        var state = Next(published);
        var payload = (await editor.DataAsync(Update, new { input = new { id = Id, version = await VersionAsync(editor), title = state.Title } }))["updateProgram"]!;
        Assert.True(payload["errors"] is null, payload.ToJsonString());
        return state;
    }

    public async Task<ProbeState> SetStatusAsync(HttpClient editor, bool published, ProbeState current)
    {
        var payload = await editor.ChangeStatusAsync(published ? "publishRecord" : "unpublishRecord", Id, await VersionAsync(editor));
        Assert.True(payload["errors"] is null, payload.ToJsonString());
        return current with { Published = published };
    }

    public async Task<ProbeState> ImportRecordsAsync(HttpClient editor, bool published)
    {
        var state = Next(published);
        var payload = (await editor.DataAsync(Import, new { content = File(state) }))["importRecords"]!;
        Assert.True(payload["errors"] is null && (bool)payload["report"]!["applied"]!, payload.ToJsonString());
        return state;
    }

    /// <summary>`knowledgehub import` on the server's own database (its data directory on SQLite), as an operator runs it.</summary>
    public async Task<ProbeState> CliImportAsync(bool published)
    {
        var state = Next(published);
        var file = Path.Combine(database.DataDirectory, $"probe-{_step}.json");
        await System.IO.File.WriteAllTextAsync(file, File(state));
        var (output, error) = (new StringWriter(), new StringWriter());
        var code = await CliApp.RunAsync(["import", file, .. database.Settings().Select(s => $"--{s.Key}={s.Value}")], output, error);
        Assert.True(code == CliApp.Ok, $"knowledgehub import failed ({code}): {output}{error}");
        return state;
    }

    private string Summary => $"En prøve der følger cachen: {word}.";

    private ProbeState Next(bool published) => new(published, $"{word} trin {++_step}");

    private string File(ProbeState state) => JsonSerializer.Serialize(new
    {
        programs = new[]
        {
            new
            {
                slug, title = state.Title, summary = Summary, category = "project", status = state.Published ? "published" : "draft",
                municipalities = new[] { new { code = "0461", role = "partner" } },
                sources = new[] { new { title = "Kilde", url = "https://example.org/kilde" } },
            },
        },
    });

    private async Task<int> VersionAsync(HttpClient editor) =>
        (int)(await editor.DataAsync("query($id: ID!) { node(id: $id) { ... on Program { version } } }", new { id = Id }))["node"]!["version"]!;
}
