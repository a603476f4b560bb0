using KnowledgeHub.Domain.Access;
using KnowledgeHub.Import.Access;
using KnowledgeHub.Import.Changes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeHub.Tests.Consistency;

/// <summary>A process that dies between the database commit and the index update: the next start repairs the index.</summary>
public sealed class IndexRepairTests
{
    [Fact]
    public async Task A_change_the_index_never_saw_is_searchable_after_a_restart()
    {
        var database = TestDatabase.Create(Path.Combine(Path.GetTempPath(), "knowledgehub-tests", Guid.NewGuid().ToString("N")));
        var word = "Hjortholmmetoden" + Guid.NewGuid().ToString("N")[..6];
        try
        {
            // The "crash": this server commits but never tells its index (no change handlers, no follower).
            await using (var crashing = KnowledgeHubFactory.Reusing(database, services =>
                         {
                             services.RemoveAll<IRecordChangeHandler>();
                             foreach (var follower in services.Where(d => d.ImplementationType == typeof(KnowledgeHub.Import.Indexing.ChangeLogFollower)).ToList())
                             {
                                 services.Remove(follower);
                             }
                         }))
            {
                var key = await crashing.Services.GetRequiredService<ApiKeyService>()
                    .CreateAsync("crash", ApiKeyRole.Editor, null, CancellationToken.None);
                var client = crashing.CreateClient();
                client.DefaultRequestHeaders.Authorization = new("Bearer", key.Text);
                var index = crashing.Services.GetRequiredService<KnowledgeHub.Search.Indexing.SearchIndex>();
                var indexed = index.Count;
                await client.CreateProgramAsync(Records.NewSlug("crash"), ("title", $"{word} efter nedbrud"), ("status", "PUBLISHED"));
                // Not searched here: a query would see the newer change log and catch the index up itself.
                Assert.Equal(indexed, index.Count);
            }

            await using var restarted = KnowledgeHubFactory.Reusing(database);
            var repaired = await restarted.CreateClient().DataAsync("query($q: String!) { search(query: $q) { totalCount } }", new { q = word });

            Assert.Equal(1, (int)repaired["search"]!["totalCount"]!);
        }
        finally
        {
            database.Drop();
        }
    }
}
