using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeHub.Tests.Cli;

/// <summary>`knowledgehub` run in-process with arguments, as an operator would, against a database of its own.</summary>
public sealed class CliTests : IDisposable
{
    private readonly CliRun _cli = new();

    [Theory]
    [InlineData]
    [InlineData("keys")]
    [InlineData("keys", "create")]
    [InlineData("keys", "list")]
    [InlineData("keys", "revoke")]
    [InlineData("import")]
    [InlineData("export")]
    [InlineData("reindex")]
    public async Task Every_command_has_help(params string[] command)
    {
        var (code, output, _) = await _cli.RunAsync([.. command, "--help"]);
        Assert.Equal(0, code);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("bogus")]
    [InlineData("keys", "create")]
    [InlineData("keys", "create", "--role", "owner")]
    [InlineData("keys", "revoke")]
    [InlineData("import")]
    [InlineData("export", "--kind", "themes", "out.json")]
    [InlineData("import", "a.json", "--typo")]
    public async Task Usage_errors_exit_with_2(params string[] args)
    {
        var (code, _, error) = await _cli.RunAsync(args);
        Assert.Equal(2, code);
        Assert.NotEmpty(error);
    }

    [Fact]
    public async Task Keys_are_created_shown_once_listed_and_revoked_and_the_server_honours_them()
    {
        var (code, output, _) = await _cli.RunAsync("keys", "create", "--role", "partner", "--organisation", "vive", "--name", "VIVE sync");
        Assert.Equal(0, code);
        var key = output.Trim().Split('\n')[^1].Trim();
        Assert.Matches("^kh_[a-z0-9]{8}_[A-Za-z0-9_-]{43}$", key);

        var list = await _cli.RunAsync("keys", "list");
        Assert.Contains(key.Substring(3, 8), list.Output, StringComparison.Ordinal);
        Assert.Contains("VIVE sync", list.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(key, list.Output, StringComparison.Ordinal);

        await using var server = KnowledgeHubFactory.Reusing(_cli.Database);
        var client = server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", key);
        Assert.Equal(200, (await client.PostGraphQLAsync("{ programs(first: 1) { totalCount } }")).Status);

        Assert.Equal(0, (await _cli.RunAsync("keys", "revoke", key.Substring(3, 8))).Code);
        Assert.Equal(401, (await client.PostGraphQLAsync("{ programs(first: 1) { totalCount } }")).Status);
    }

    [Theory]
    [InlineData("keys", "create", "--role", "partner")]
    [InlineData("keys", "create", "--role", "partner", "--organisation", "findes-ikke")]
    [InlineData("keys", "revoke", "zzzzzzzz")]
    [InlineData("import", "findes-ikke.json")]
    public async Task Failures_exit_with_1_and_say_why(params string[] args)
    {
        var (code, _, error) = await _cli.RunAsync(args);
        Assert.Equal(1, code);
        Assert.StartsWith("knowledgehub: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reindex_rebuilds_the_search_index_from_the_database()
    {
        var (code, output, _) = await _cli.RunAsync("reindex");
        Assert.Equal(0, code);
        // The count is the rebuilt index's own: without a rebuild the CLI's index is empty.
        var records = await CountAsync(db => db.Records.CountAsync());
        Assert.True(records > 0);
        Assert.Contains($"Rebuilt the search index: {records} records.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_dry_run_then_import_then_again_changes_nothing()
    {
        var file = _cli.Temp("programmer.json");
        await File.WriteAllTextAsync(file, ProgramsFile("cli", 3));

        var dry = await _cli.RunAsync("import", file, "--dry-run");
        Assert.Equal(0, dry.Code);
        Assert.Contains("3 created", dry.Output, StringComparison.Ordinal);
        Assert.Contains("Dry run: nothing was written.", dry.Output, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(db => db.Records.CountAsync(r => r.Slug.StartsWith("cli-"))));

        var first = await _cli.RunAsync("import", file);
        Assert.Equal((0, true), (first.Code, first.Output.Contains("3 created", StringComparison.Ordinal)));
        var changes = await CountAsync(db => db.RecordChanges.CountAsync());

        var again = await _cli.RunAsync("import", file);
        Assert.Contains("3 unchanged", again.Output, StringComparison.Ordinal);
        Assert.Equal(changes, await CountAsync(db => db.RecordChanges.CountAsync()));
        await using var check = _cli.Database.Open();
        Assert.Equal("cli", (await check.RecordChanges.OrderBy(c => c.Sequence).LastAsync()).Actor);
    }

    [Theory]
    [InlineData("{ \"programs\": [ {")]
    [InlineData("""{ "programs": [ { "slug": "cli-x", "title": "X", "summary": "S", "category": "project", "sources": [{ "title": "K", "url": "https://example.org" }] }, { "slug": "cli-y", "title": "Y", "summary": "S", "category": "project", "themes": ["findes-ikke"], "sources": [{ "title": "K", "url": "https://example.org" }] } ] }""")]
    public async Task A_refused_import_exits_1_and_writes_nothing(string content)
    {
        var file = _cli.Temp("forkert.json");
        await File.WriteAllTextAsync(file, content);

        var (code, output, _) = await _cli.RunAsync("import", file);

        Assert.Equal(1, code);
        Assert.Contains("Nothing was written", output, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(db => db.Records.CountAsync(r => r.Slug.StartsWith("cli-"))));
    }

    [Fact]
    public async Task A_folder_is_imported_whole_or_not_at_all_and_new_records_are_drafts()
    {
        var folder = _cli.Temp("korpus");
        Directory.CreateDirectory(Path.Combine(folder, "programs"));
        Directory.CreateDirectory(Path.Combine(folder, "schema"));
        await File.WriteAllTextAsync(Path.Combine(folder, "programs", "part-0001.json"), ProgramsFile("mappe-a", 2));
        var second = JsonNode.Parse(ProgramsFile("mappe-b", 2))!;
        second["programs"]![1]!["parent"] = "findes-ikke";
        await File.WriteAllTextAsync(Path.Combine(folder, "programs", "part-0002.json"), second.ToJsonString());
        // What the benchmarks' corpus generator (bench/KnowledgeHub.Corpus) writes beside the records, which an import does not take.
        await File.WriteAllTextAsync(Path.Combine(folder, "schema", "programs.schema.json"), "{ \"type\": \"object\" }");
        await File.WriteAllTextAsync(Path.Combine(folder, "reference-data.json"), "{ \"themes\": [] }");

        var refused = await _cli.RunAsync("import", folder);
        Assert.True(refused.Code == 1, refused.Error + refused.Output);
        // The position, "programs/part-0002.json: programs[1]", may wrap in the table; the slug does not.
        Assert.Contains("mappe-b-1", refused.Output, StringComparison.Ordinal);
        Assert.Contains("1 rejected", refused.Output, StringComparison.Ordinal);
        Assert.Contains("Nothing was written", refused.Output, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(db => db.Records.CountAsync(r => r.Slug.StartsWith("mappe-"))));

        second["programs"]![1]!["parent"] = "mappe-a-0";
        await File.WriteAllTextAsync(Path.Combine(folder, "programs", "part-0002.json"), second.ToJsonString());
        var imported = await _cli.RunAsync("import", folder);
        Assert.Equal(0, imported.Code);
        Assert.Contains("4 records: 4 created", imported.Output, StringComparison.Ordinal);
        // No status in the files: new records are drafts, as `knowledgehub import --help` and docs/editing.md say.
        Assert.Equal(4, await CountAsync(db => db.Records.CountAsync(r => r.Slug.StartsWith("mappe-") && r.Status == KnowledgeHub.Domain.Records.RecordStatus.Draft)));
    }

    [Fact]
    public async Task A_large_file_is_imported_whole_or_not_at_all()
    {
        var file = _cli.Temp("stor.json");
        var content = JsonNode.Parse(ProgramsFile("stor", 1000))!;
        content["programs"]![999]!["parent"] = "findes-ikke";
        await File.WriteAllTextAsync(file, content.ToJsonString());

        var refused = await _cli.RunAsync("import", file);
        Assert.Equal(1, refused.Code);
        Assert.Contains("programs[999]", refused.Output, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(db => db.Records.CountAsync(r => r.Slug.StartsWith("stor-"))));

        content["programs"]![999]!["parent"] = "stor-0";
        await File.WriteAllTextAsync(file, content.ToJsonString());
        Assert.Equal(0, (await _cli.RunAsync("import", file)).Code);
        Assert.Equal(1000, await CountAsync(db => db.Records.CountAsync(r => r.Slug.StartsWith("stor-"))));
    }

    [Fact]
    public async Task An_export_of_the_seed_data_reimports_unchanged()
    {
        var file = _cli.Temp("eksport.json");
        var export = await _cli.RunAsync("export", file);
        Assert.Equal(0, export.Code);
        var records = await CountAsync(db => db.Records.CountAsync());
        Assert.Contains($"Exported {records} records", export.Output, StringComparison.Ordinal);
        var changes = await CountAsync(db => db.RecordChanges.CountAsync());

        var import = await _cli.RunAsync("import", file);

        Assert.Equal(0, import.Code);
        Assert.Contains($"{records} records: 0 created, 0 updated, {records} unchanged, 0 rejected.", import.Output, StringComparison.Ordinal);
        Assert.Equal(changes, await CountAsync(db => db.RecordChanges.CountAsync()));
    }

    [Fact]
    public async Task The_seed_files_themselves_import_as_unchanged()
    {
        foreach (var name in new[] { "programs.json", "family-programs.json", "inspiration-cases.json", "municipal-experiences.json" })
        {
            var (code, output, _) = await _cli.RunAsync("import", Path.Combine(RepositoryPaths.SeedData, name));
            Assert.Equal(0, code);
            Assert.Matches(@"(\d+) records: 0 created, 0 updated, \1 unchanged, 0 rejected\.", output);
        }
    }

    [Fact]
    public async Task Export_of_one_kind_holds_that_kind_only()
    {
        var (code, output, _) = await _cli.RunAsync("export", "--kind", "familyPrograms", "-");
        Assert.Equal(0, code);
        var exported = JsonNode.Parse(output)!.AsObject();
        Assert.Equal(["familyPrograms"], exported.Select(p => p.Key));
        Assert.Contains(exported["familyPrograms"]!.AsArray(), p => (string)p!["slug"]! == "pmto");
    }

    public void Dispose() => _cli.Dispose();

    private static string ProgramsFile(string stem, int count) => JsonSerializer.Serialize(new
    {
        programs = Enumerable.Range(0, count).Select(i => new
        {
            slug = $"{stem}-{i}", title = $"Indsats {i}", summary = "Importeret fra kommandolinjen.", category = "project",
            themes = new[] { "tidlig-opsporing" }, municipalities = new[] { new { code = "0461", role = "partner" } },
            sources = new[] { new { title = "Kilde", url = $"https://example.org/{i}" } },
        }),
    });

    private async Task<int> CountAsync(Func<KnowledgeHub.Data.KnowledgeHubDbContext, Task<int>> count)
    {
        await using var db = _cli.Database.Open();
        return await count(db);
    }
}
