using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeHub.Tests.Cli;

/// <summary>
/// `knowledgehub import FOLDER` is one import although its files are read, planned and written one
/// at a time: uniqueness, parents and cycles hold across files, a dry run and a refused import
/// leave nothing behind, and a second run writes nothing.
/// </summary>
public sealed class CliFolderImportTests : IDisposable
{
    private readonly CliRun _cli = new();

    [Fact]
    public async Task A_slug_repeated_in_a_later_file_is_refused_and_nothing_is_written()
    {
        var folder = await FolderAsync(Programs("dublet-a", "dublet-b"), Programs("dublet-c", "dublet-b"));

        var (code, output, _) = await _cli.RunAsync("import", folder);

        Assert.Equal(1, code);
        // The reasons may wrap in the table; single words do not.
        Assert.Contains("duplicate", output, StringComparison.Ordinal);
        Assert.Contains("4 records: 3 created, 0 updated, 0 unchanged, 1 rejected.", output, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(db => db.Records.CountAsync(r => r.Slug.StartsWith("dublet-"))));
    }

    [Fact]
    public async Task A_parent_cycle_through_two_files_is_refused()
    {
        Assert.Equal(0, (await _cli.RunAsync("import", await FolderAsync(Programs("ring-a", "ring-b")))).Code);
        var changes = await CountAsync(db => db.RecordChanges.CountAsync());
        var folder = await FolderAsync(Programs("ring-a>ring-b"), Programs("ring-b>ring-a"));

        var (code, output, _) = await _cli.RunAsync("import", folder);

        Assert.True(code == 1, output);
        Assert.Contains("descendants", output, StringComparison.Ordinal);
        Assert.Contains("Nothing was written", output, StringComparison.Ordinal);
        Assert.Equal(changes, await CountAsync(db => db.RecordChanges.CountAsync()));
        Assert.Equal(0, await CountAsync(db => db.Records.CountAsync(r => r.Slug.StartsWith("ring-") && r.ParentId != null)));
    }

    [Fact]
    public async Task A_parent_in_a_later_file_is_found_and_a_second_run_writes_nothing()
    {
        var folder = await FolderAsync(Programs("frem-a>frem-b"), Programs("frem-b"));

        var first = await _cli.RunAsync("import", folder);
        Assert.True(first.Code == 0, first.Output);
        Assert.Contains("2 records: 2 created", first.Output, StringComparison.Ordinal);
        Assert.Equal("frem-b", await CountAsync(db => db.Records.Where(r => r.Slug == "frem-a").Select(r => r.Parent!.Slug).SingleAsync()));
        var changes = await CountAsync(db => db.RecordChanges.CountAsync());

        var again = await _cli.RunAsync("import", folder);
        Assert.Contains("2 records: 0 created, 0 updated, 2 unchanged, 0 rejected.", again.Output, StringComparison.Ordinal);
        Assert.Equal(changes, await CountAsync(db => db.RecordChanges.CountAsync()));
    }

    [Fact]
    public async Task A_dry_run_of_a_folder_checks_every_file_and_writes_nothing()
    {
        var folder = await FolderAsync(Programs("proeve-a", "proeve-b"), Programs("proeve-c>proeve-a", "proeve-d"));
        Assert.Equal(0, (await _cli.RunAsync("keys", "list")).Code);
        var changes = await CountAsync(db => db.RecordChanges.CountAsync());

        var (code, output, _) = await _cli.RunAsync("import", folder, "--dry-run");

        Assert.True(code == 0, output);
        Assert.Contains("4 records: 4 created", output, StringComparison.Ordinal);
        Assert.Contains("Dry run: nothing was written.", output, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(db => db.Records.CountAsync(r => r.Slug.StartsWith("proeve-"))));
        Assert.Equal(changes, await CountAsync(db => db.RecordChanges.CountAsync()));
        Assert.Equal(0, (await _cli.RunAsync("import", folder)).Code);
        Assert.Equal(4, await CountAsync(db => db.Records.CountAsync(r => r.Slug.StartsWith("proeve-"))));
    }

    [Fact]
    public async Task Every_file_s_problems_are_reported_with_file_and_line_and_none_of_the_files_is_written()
    {
        var folder = await FolderAsync(Programs("fejl-a", "fejl-b!findes-ikke"), Programs("fejl-c", "fejl-d"), Programs("fejl-e", "fejl-f", "fejl-g>findes-heller-ikke"));

        var (code, output, _) = await _cli.RunAsync("import", folder);

        Assert.Equal(1, code);
        Assert.Contains("7 records: 5 created, 0 updated, 0 unchanged, 2 rejected.", output, StringComparison.Ordinal);
        Assert.Contains("'findes-ikke'", output, StringComparison.Ordinal);
        Assert.Contains("'findes-heller-ikke'", output, StringComparison.Ordinal);
        // The third record of the third file starts on line 33 of it (after the brace, the list and two records of fifteen lines).
        Assert.Matches(@"│\s*33\s*│\s*fejl-g\s*│", output);
        Assert.Equal(0, await CountAsync(db => db.Records.CountAsync(r => r.Slug.StartsWith("fejl-"))));
    }

    // Files are read as bytes: a byte order mark (an editor's UTF-8 one, or UTF-16's) reads as it did when they were read as text.
    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16")]
    public async Task A_file_with_a_byte_order_mark_is_imported(string encoding)
    {
        var folder = await FolderAsync(Programs($"bom-{encoding}"));
        var file = Path.Combine(folder, "programs", "part-0001.json");
        await File.WriteAllTextAsync(file, await File.ReadAllTextAsync(file), System.Text.Encoding.GetEncoding(encoding));

        var (code, output, _) = await _cli.RunAsync("import", folder);

        Assert.True(code == 0, output);
        Assert.Equal(1, await CountAsync(db => db.Records.CountAsync(r => r.Slug == $"bom-{encoding}")));
    }

    public void Dispose() => _cli.Dispose();

    /// <summary>A folder of record files, part-0001.json onwards, in that order.</summary>
    private async Task<string> FolderAsync(params string[] files)
    {
        var folder = _cli.Temp($"korpus-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(folder, "programs"));
        for (var i = 0; i < files.Length; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "programs", $"part-{i + 1:0000}.json"), files[i]);
        }

        return folder;
    }

    /// <summary>A file of programmes: "slug", "slug>parent", or "slug!theme" (one theme instead of the usual).</summary>
    private static string Programs(params string[] records) => JsonSerializer.Serialize(new
    {
        programs = records.Select(spec =>
        {
            var (slug, parent) = spec.Split('>') is [var s, var p] ? (s, p) : (spec, null);
            var (name, theme) = slug.Split('!') is [var n, var t] ? (n, t) : (slug, "tidlig-opsporing");
            return new Dictionary<string, object?>
            {
                ["slug"] = name, ["title"] = $"Indsats {name}", ["summary"] = "Importeret fra en mappe.", ["category"] = "project",
                ["themes"] = new[] { theme }, ["sources"] = new[] { new { title = "Kilde", url = $"https://example.org/{name}" } },
                ["parent"] = parent,
            }.Where(p => p.Value is not null).ToDictionary();
        }),
    }, new JsonSerializerOptions { WriteIndented = true });

    private async Task<T> CountAsync<T>(Func<KnowledgeHub.Data.KnowledgeHubDbContext, Task<T>> count)
    {
        await using var db = _cli.Database.Open();
        return await count(db);
    }
}
