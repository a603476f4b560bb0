using System.Text.Json.Nodes;
using KnowledgeHub.Data;
using KnowledgeHub.Domain.Records;
using KnowledgeHub.Import.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeHub.Tests.Import;

/// <summary>A broken seed stops the import with file, record and field named, and writes nothing.</summary>
public sealed class SeedImportTests
{
    [Fact]
    public async Task Missing_required_field_names_file_record_and_field()
    {
        using var seed = new SeedCopy();
        var slug = FirstSlug(seed, "programs.json", "programs");
        seed.Edit("programs.json", "programs", 0, p => p.Remove("title"));

        var error = await Assert.ThrowsAsync<SeedImportException>(() => SeedReader.ReadDirectoryAsync(seed.Directory));

        var e = Assert.Single(error.Errors);
        Assert.Equal("programs.json", e.File);
        Assert.StartsWith(slug, e.Record, StringComparison.Ordinal);
        Assert.Contains("title", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_field_is_refused()
    {
        using var seed = new SeedCopy();
        seed.Edit("family-programs.json", "familyPrograms", 0, p => p["titel"] = "typo");

        var error = await Assert.ThrowsAsync<SeedImportException>(() => SeedReader.ReadDirectoryAsync(seed.Directory));

        Assert.Contains(error.Errors, e => e.File == "family-programs.json" && e.Message.Contains("titel", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Malformed_municipality_code_names_the_field()
    {
        using var seed = new SeedCopy();
        seed.Edit("inspiration-cases.json", "inspirationCases", 0, c => c["municipality"] = "101");

        var error = await Assert.ThrowsAsync<SeedImportException>(() => SeedReader.ReadDirectoryAsync(seed.Directory));

        Assert.Contains(error.Errors, e => e.File == "inspiration-cases.json" && e.Field == "municipality");
    }

    [Fact]
    public async Task File_that_is_not_json_is_named()
    {
        using var seed = new SeedCopy();
        seed.Write("themes.json", "{ \"themes\": [ ");

        var error = await Assert.ThrowsAsync<SeedImportException>(() => SeedReader.ReadDirectoryAsync(seed.Directory));

        Assert.Contains(error.Errors, e => e.File == "themes.json" && e.Message.Contains("not valid JSON", StringComparison.Ordinal));
    }

    // The check reads a file item by item; a file that ends after a whole item or list is still not JSON.
    [Theory]
    [InlineData(']')]
    [InlineData('}')]
    public async Task File_cut_off_after_a_whole_item_is_not_json(char cutBefore)
    {
        using var seed = new SeedCopy();
        var json = File.ReadAllText(Path.Combine(seed.Directory, "themes.json"));
        var validator = await SeedSchemaValidator.LoadAsync(Path.Combine(seed.Directory, "schema"));

        var errors = validator.Errors("themes.json", System.Text.Encoding.UTF8.GetBytes(json[..json.LastIndexOf(cutBefore)]));

        Assert.Contains(errors, e => e.Message.Contains("not valid JSON", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("themes", "tema-der-ikke-findes", "theme")]
    [InlineData("targetGroups", "ingen-saadan-gruppe", "target group")]
    [InlineData("publications", "ingen-saadan-rapport", "publication")]
    public async Task Unknown_reference_names_file_record_and_field(string field, string value, string what)
    {
        using var seed = new SeedCopy();
        var slug = FirstSlug(seed, "programs.json", "programs");
        seed.Edit("programs.json", "programs", 0, p => p[field] = new JsonArray(value));

        var error = await ImportAsync(seed);

        var e = Assert.Single(error.Errors);
        Assert.Equal(("programs.json", $"{field}[0]", $"unknown {what} '{value}'"), (e.File, e.Field, e.Message));
        Assert.StartsWith(slug, e.Record, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_municipality_leaves_the_database_empty()
    {
        using var seed = new SeedCopy();
        seed.Edit("programs.json", "programs", 0, p => p["municipalities"] = JsonNode.Parse("""[{"code":"0999","role":"partner"}]"""));
        var error = await ImportAsync(seed);
        Assert.Contains(error.Errors, e => e.Field == "municipalities[0].code" && e.Message == "unknown municipality '0999'");

        // The same broken seed given to a fresh server: it does not start, and stores nothing.
        await using var server = new KnowledgeHubFactory { SeedDirectory = seed.Directory };
        Assert.ThrowsAny<Exception>(() => server.CreateClient());
        await using var db = server.Database.Open();
        Assert.Equal(0, await db.Records.CountAsync());
        Assert.Equal(0, await db.Municipalities.CountAsync());
    }

    [Fact]
    public async Task Evidence_level_must_agree_with_the_scale()
    {
        using var seed = new SeedCopy();
        var index = IndexWithAssessment(seed);
        seed.Edit("family-programs.json", "familyPrograms", index, p =>
        {
            var a = p["evidenceAssessments"]![0]!.AsObject();
            a["scale"] = "danish-knowledge-declaration";
            a["level"] = "A";
            a["normalizedLevel"] = "limited";
        });
        var error = await ImportAsync(seed);

        Assert.Contains(error.Errors, e => e.Field == "evidenceAssessments[0].normalizedLevel");
    }

    [Fact]
    public async Task A_second_start_imports_nothing_and_loses_nothing()
    {
        // One server after the other, as in a restart: the index's write lock allows one at a time.
        var database = TestDatabase.Create(Path.Combine(Path.GetTempPath(), "knowledgehub-tests", Guid.NewGuid().ToString("N")));
        try
        {
            int first;
            await using (var server = KnowledgeHubFactory.Reusing(database))
            {
                first = await CountRecords(server.CreateClient());
            }

            await using (var again = KnowledgeHubFactory.Reusing(database))
            {
                Assert.Equal(first, await CountRecords(again.CreateClient()));
            }

            await using var db = database.Open();
            // Anonymous readers count published records; the seed also holds drafts (thin records).
            Assert.Equal(first, await db.Records.CountAsync(r => r.Status == RecordStatus.Published));
            Assert.Equal(98, await db.Municipalities.CountAsync());
        }
        finally
        {
            database.Drop();
        }
    }

    private static async Task<int> CountRecords(HttpClient client)
    {
        var data = await client.DataAsync("{ programs { totalCount } familyPrograms { totalCount } inspirationCases { totalCount } municipalExperiences { totalCount } }");
        return data.AsObject().Sum(kv => (int)kv.Value!["totalCount"]!);
    }

    /// <summary>Reads and imports a seed copy with a real server's importer; the import must fail.</summary>
    private static async Task<SeedImportException> ImportAsync(SeedCopy seed)
    {
        var set = await SeedReader.ReadDirectoryAsync(seed.Directory);
        await using var server = new KnowledgeHubFactory();
        using var scope = server.Services.CreateScope();
        return await Assert.ThrowsAsync<SeedImportException>(() => scope.ServiceProvider.GetRequiredService<SeedImporter>().ImportAsync(set));
    }

    private static string FirstSlug(SeedCopy seed, string file, string kind) =>
        (string)JsonNode.Parse(File.ReadAllText(Path.Combine(seed.Directory, file)))![kind]![0]!["slug"]!;

    private static int IndexWithAssessment(SeedCopy seed)
    {
        var items = JsonNode.Parse(File.ReadAllText(Path.Combine(seed.Directory, "family-programs.json")))!["familyPrograms"]!.AsArray();
        return items.Select((p, i) => (p, i)).First(x => x.p!["evidenceAssessments"]?.AsArray().Count > 0).i;
    }
}
