using KnowledgeHub.Data;
using KnowledgeHub.Domain.Records;
using KnowledgeHub.Domain.Experiences;
using KnowledgeHub.Import.Indexing;
using KnowledgeHub.Search.Indexing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeHub.Tests.Search;

/// <summary>
/// The index follows the database: a record written and handed to <see cref="SearchIndexer"/> is
/// searchable in the next request, a draft is not, a deleted record is gone, a rebuild changes nothing.
/// Each test has its own server, because it writes.
/// </summary>
public sealed class SearchIndexLifecycleTests : IDisposable
{
    // These tests write behind the server's back (no change-log entry) to see what the index does
    // meanwhile; the response cache, which follows the change log, would answer from before.
    private readonly KnowledgeHubFactory _factory = new() { Settings = { ["KnowledgeHub:HttpCaching:ResponseCacheMegabytes"] = "0" } };
    private readonly HttpClient _client;

    public SearchIndexLifecycleTests() => _client = _factory.CreateClient();

    [Fact]
    public async Task A_new_record_is_searchable_after_update_and_its_compound_parts_too()
    {
        Assert.DoesNotContain(Slug, await FoundAsync());
        var id = await AddExperienceAsync(RecordStatus.Published);
        await Indexer.UpdateAsync([id]);

        Assert.Equal(Slug, (await _client.SearchAsync("anbringelsesforløb", "first: 1")).Slugs().Single());
        // The word the issue names: "anbringelse" must find "anbringelsesforløb".
        var hit = (await _client.SearchAsync("anbringelse", "first: 50")).Hits().Single(h => (string)h["record"]!["slug"]! == Slug);
        Assert.Contains("<mark>Anbringelsesforløb</mark>", hit.Marked(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drafts_are_indexed_but_not_found_by_readers()
    {
        var id = await AddExperienceAsync(RecordStatus.Draft);
        await Indexer.UpdateAsync([id]);
        Assert.DoesNotContain(Slug, await FoundAsync());
        Assert.DoesNotContain(await SuggestTextsAsync("anbringelsesf"), s => s.Contains("anbringelsesforløb", StringComparison.Ordinal));

        await using (var db = await Contexts.CreateDbContextAsync())
        {
            await db.Records.Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RecordStatus.Published).SetProperty(r => r.Version, 2));
        }

        await Indexer.UpdateAsync([id]);
        Assert.Contains(Slug, await FoundAsync());
    }

    [Fact]
    public async Task A_deleted_record_leaves_the_index()
    {
        var id = await AddExperienceAsync(RecordStatus.Published);
        await Indexer.UpdateAsync([id]);
        Assert.Contains(Slug, await FoundAsync());
        await using (var db = await Contexts.CreateDbContextAsync())
        {
            await db.Records.Where(r => r.Id == id).ExecuteDeleteAsync();
        }

        // Until the index hears of it, the hit's record cannot be loaded and the hit is left out.
        Assert.DoesNotContain(Slug, await FoundAsync());
        var index = _factory.Services.GetRequiredService<SearchIndex>();
        var before = index.Count;
        await Indexer.UpdateAsync([id]);
        Assert.Equal(before - 1, index.Count);
        Assert.DoesNotContain(Slug, await FoundAsync());
    }

    [Fact]
    public async Task Rebuild_gives_the_same_answers_and_the_index_is_current()
    {
        var before = await _client.SearchAsync("tidlig opsporing", "first: 10");
        await Indexer.RebuildAsync();
        var after = await _client.SearchAsync("tidlig opsporing", "first: 10");
        Assert.Equal(before.Slugs(), after.Slugs());
        Assert.Equal((int)before["totalCount"]!, (int)after["totalCount"]!);

        // EnsureCurrentAsync sees the stored content version and does not rebuild.
        var index = _factory.Services.GetRequiredService<SearchIndex>();
        var generation = index.Searchers.Acquire();
        try
        {
            await Indexer.EnsureCurrentAsync();
            Assert.True(index.Searchers.IsSearcherCurrent());
        }
        finally
        {
            index.Searchers.Release(generation);
        }
    }

    private const string Slug = "test-anbringelsesforloeb";

    private async Task<List<string>> FoundAsync() => (await _client.SearchAsync("anbringelsesforløb", "first: 50")).Slugs();

    private SearchIndexer Indexer => _factory.Services.GetRequiredService<SearchIndexer>();

    private IDbContextFactory<KnowledgeHubDbContext> Contexts => _factory.Services.GetRequiredService<IDbContextFactory<KnowledgeHubDbContext>>();

    private async Task<int> AddExperienceAsync(RecordStatus status)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        var record = new MunicipalExperience
        {
            Slug = Slug,
            Title = "Anbringelsesforløb med tæt kontakt",
            Summary = "En kommune følger hvert anbringelsesforløb tæt, så barnet kan komme hjem tidligere.",
            Status = status,
            CreatedAt = DateTime.UtcNow,
            UpdatedAt = DateTime.UtcNow,
            Sources = [new Source { Title = "Test", Url = "https://example.org/test", Position = 0 }],
        };
        db.Records.Add(record);
        await db.SaveChangesAsync();
        return record.Id;
    }

    private async Task<List<string>> SuggestTextsAsync(string prefix)
    {
        var data = await _client.DataAsync("query($p: String!) { suggest(prefix: $p) { text } }", new { p = prefix });
        return data["suggest"]!.AsArray().Select(s => (string)s!["text"]!).ToList();
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }
}
