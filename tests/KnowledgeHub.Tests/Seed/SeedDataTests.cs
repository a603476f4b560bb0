using KnowledgeHub.Data;
using KnowledgeHub.Import.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeHub.Tests.Seed;

/// <summary>The real seed-data/: valid against its schemas, every reference resolving, and as large as promised.</summary>
public sealed class SeedDataTests(SharedServer server) : IClassFixture<SharedServer>
{
    [Fact]
    public async Task Every_file_validates_and_every_reference_resolves()
    {
        // Reading validates each file against its JSON Schema; the import resolves every reference.
        var set = await SeedReader.ReadDirectoryAsync(RepositoryPaths.SeedData);
        Assert.True(SeedReader.FindFiles(RepositoryPaths.SeedData).Count >= 11);
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<KnowledgeHubDbContext>>().CreateDbContextAsync();
        Assert.Equal(set.Records.Count(), await db.Records.CountAsync());
    }

    [Fact]
    public async Task The_knowledge_base_has_the_promised_content()
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<KnowledgeHubDbContext>>().CreateDbContextAsync();
        Assert.True(await db.Programs.CountAsync() >= 15);
        Assert.True(await db.FamilyPrograms.CountAsync() >= 8);
        Assert.True(await db.InspirationCases.CountAsync() + await db.MunicipalExperiences.CountAsync() >= 15);
        Assert.Equal(98, await db.Municipalities.Select(m => m.Code).Distinct().CountAsync());
        Assert.Equal(98, await db.Municipalities.CountAsync());
        Assert.Equal(5, await db.Regions.CountAsync());
        Assert.True(await db.Themes.CountAsync() >= 12);
        Assert.False(await db.Records.AnyAsync(r => !r.Sources.Any(s => s.Url.StartsWith("http"))));
    }

    [Theory]
    [InlineData("pmto")]
    [InlineData("de-utrolige-aar")]
    [InlineData("forebyggelsespakken")]
    public async Task Named_records_exist(string slug)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<KnowledgeHubDbContext>>().CreateDbContextAsync();
        Assert.True(await db.Records.AnyAsync(r => r.Slug == slug), slug);
    }
}
