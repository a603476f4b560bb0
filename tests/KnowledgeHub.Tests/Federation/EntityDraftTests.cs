using KnowledgeHub.Data;
using KnowledgeHub.Domain.FamilyPrograms;
using KnowledgeHub.Domain.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeHub.Tests.Federation;

/// <summary>
/// A draft is invisible to readers without a key, and a router is such a reader: <c>_entities</c>
/// answers null for it by every key, as <c>node</c> and <c>record</c> do.
/// </summary>
public sealed class EntityDraftTests : IClassFixture<KnowledgeHubFactory>
{
    private const string Entities = "query($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Record { slug status } } }";

    private readonly KnowledgeHubFactory _server;
    private readonly HttpClient _client;

    public EntityDraftTests(KnowledgeHubFactory server)
    {
        _server = server;
        _client = server.CreateClient();
    }

    [Fact]
    public async Task Drafts_do_not_leak_through_any_key()
    {
        var draft = await InsertDraftAsync("kladde-familieprogram");
        var draftId = Ids.Encode($"FamilyProgram:{draft.Id}");
        var representations = new[]
        {
            new Dictionary<string, string> { ["__typename"] = "FamilyProgram", ["id"] = draftId },
            new Dictionary<string, string> { ["__typename"] = "FamilyProgram", ["slug"] = draft.Slug },
            new Dictionary<string, string> { ["__typename"] = "Record", ["id"] = draftId },
            new Dictionary<string, string> { ["__typename"] = "Record", ["slug"] = draft.Slug },
            // A published programme in the same request, so the nulls above are not a broken query.
            new Dictionary<string, string> { ["__typename"] = "FamilyProgram", ["slug"] = "pmto" },
        };

        var result = await _client.QueryAsync(Entities, new { r = representations });

        Assert.Null(result["errors"]);
        var entities = result["data"]!["_entities"]!.AsArray();
        Assert.All(entities.Take(4), Assert.Null);
        Assert.Equal("PUBLISHED", (string)entities[4]!["status"]!);
    }

    [Fact]
    public async Task A_draft_that_is_published_resolves()
    {
        var draft = await InsertDraftAsync("kladde-der-udgives");
        await using (var db = await Contexts().CreateDbContextAsync())
        {
            await db.Records.Where(r => r.Id == draft.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RecordStatus.Published));
        }

        var data = await _client.DataAsync(Entities, new { r = new[] { new Dictionary<string, string> { ["__typename"] = "FamilyProgram", ["slug"] = draft.Slug } } });

        Assert.Equal(draft.Slug, (string)data["_entities"]![0]!["slug"]!);
    }

    private async Task<FamilyProgram> InsertDraftAsync(string slug)
    {
        var now = DateTime.UtcNow;
        var draft = new FamilyProgram
        {
            Slug = slug,
            Title = "Et familieprogram under redaktion",
            Summary = "Endnu ikke udgivet.",
            Status = RecordStatus.Draft,
            CreatedAt = now,
            UpdatedAt = now,
        };
        await using var db = await Contexts().CreateDbContextAsync();
        db.Add(draft);
        await db.SaveChangesAsync();
        Assert.Equal(RecordStatus.Draft, await db.Records.Where(r => r.Slug == slug).Select(r => r.Status).SingleAsync());
        return draft;
    }

    private IDbContextFactory<KnowledgeHubDbContext> Contexts() => _server.Services.GetRequiredService<IDbContextFactory<KnowledgeHubDbContext>>();
}
