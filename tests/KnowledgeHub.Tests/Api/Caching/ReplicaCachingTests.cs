using KnowledgeHub.Api.Access;
using KnowledgeHub.Domain.Access;
using KnowledgeHub.Import.Access;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeHub.Tests.Api.Caching;

/// <summary>
/// On PostgreSQL another server's write moves this server's ETags too: the tag follows the
/// database's change log, not only this server's own commits.
/// </summary>
public sealed class ReplicaCachingTests
{
    private const string ProgramBySlug = "query($slug: String!) { programs(where: { slug: { eq: $slug } }) { totalCount } }";

    [Fact]
    public async Task Another_servers_write_makes_the_old_tag_stale()
    {
        if (!TestDatabase.IsPostgres)
        {
            return;
        }

        await using var one = new KnowledgeHubFactory { Settings = { ["KnowledgeHub:HttpCaching:VersionPollInterval"] = "00:00:00" } };
        var reader = one.CreateClient();
        var slug = Records.NewSlug("replika");
        var before = await CachedGet.SendAsync(reader, ProgramBySlug, new { slug });

        await using var two = KnowledgeHubFactory.Reusing(one.Database.AnotherServer());
        var key = await two.Services.GetRequiredService<ApiKeyService>().CreateAsync("cache test", ApiKeyRole.Editor, null, CancellationToken.None);
        var writer = two.CreateClient();
        writer.DefaultRequestHeaders.Authorization = new("Bearer", key.Text);
        await writer.CreateProgramAsync(slug, ("status", "PUBLISHED"));

        var after = await CachedGet.SendAsync(reader, ProgramBySlug, new { slug }, ifNoneMatch: before.ETag);
        Assert.Equal(200, after.Status);
        Assert.Equal(1, (int)after.Json["data"]!["programs"]!["totalCount"]!);
    }
}
