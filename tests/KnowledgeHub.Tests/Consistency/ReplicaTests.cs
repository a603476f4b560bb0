using System.Diagnostics;
using KnowledgeHub.Domain.Access;
using KnowledgeHub.Import.Access;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeHub.Tests.Consistency;

/// <summary>
/// Several servers on one PostgreSQL database, each with its own search index fed from the change
/// log: a record written through one is found through the other, also after a restart.
/// Needs PostgreSQL (.ci/run provides one); on SQLite a database belongs to one server.
/// </summary>
public sealed class ReplicaTests
{
    private const string Search = "query($q: String!) { search(query: $q) { totalCount } }";

    [PostgresFact]
    public async Task A_record_written_through_one_server_is_found_through_the_other_within_a_second()
    {
        await using var one = new KnowledgeHubFactory();
        var writer = await EditorClientAsync(one);
        await using var two = KnowledgeHubFactory.Reusing(one.Database.AnotherServer());
        var reader = two.CreateClient();
        Assert.Equal(0, await CountAsync(reader, "Ravnsborgmodellen"));

        var word = "Ravnsborgmodellen" + Guid.NewGuid().ToString("N")[..6];
        await writer.CreateProgramAsync(Records.NewSlug("replika"), ("title", $"{word} i to kommuner"), ("status", "PUBLISHED"));
        var watch = Stopwatch.StartNew();
        while (await CountAsync(reader, word) == 0)
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), "the other server did not find the record within 5 s");
            await Task.Delay(25);
        }

        // The issue asks for "within a second"; this is the measured delay (LISTEN/NOTIFY), see docs/deployment.md.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"propagation took {watch.ElapsedMilliseconds} ms");
    }

    [PostgresFact]
    public async Task A_server_that_was_down_catches_up_when_it_starts()
    {
        await using var one = new KnowledgeHubFactory();
        var writer = await EditorClientAsync(one);
        var secondServer = one.Database.AnotherServer();
        await using (var two = KnowledgeHubFactory.Reusing(secondServer))
        {
            _ = two.CreateClient();
        }

        var word = "Ellehammerforloebet" + Guid.NewGuid().ToString("N")[..6];
        await writer.CreateProgramAsync(Records.NewSlug("nede"), ("title", $"{word} mens serveren var nede"), ("status", "PUBLISHED"));

        await using var restarted = KnowledgeHubFactory.Reusing(secondServer);
        Assert.Equal(1, await CountAsync(restarted.CreateClient(), word));
    }

    private static async Task<HttpClient> EditorClientAsync(KnowledgeHubFactory server)
    {
        var key = await server.Services.GetRequiredService<ApiKeyService>()
            .CreateAsync("replica test", ApiKeyRole.Editor, null, CancellationToken.None);
        var client = server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", key.Text);
        return client;
    }

    private static async Task<int> CountAsync(HttpClient client, string word) =>
        (int)(await client.DataAsync(Search, new { q = word }))["search"]!["totalCount"]!;
}
