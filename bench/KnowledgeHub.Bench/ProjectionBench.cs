using KnowledgeHub.Api.Records;
using KnowledgeHub.Data;
using KnowledgeHub.Domain.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeHub.Bench;

/// <summary>
/// Does loading only the selected columns pay? A page of 50 records read whole (what the
/// connections do) against the same page without the long text columns, at the seed's size
/// and with thousands of records with long descriptions.
/// </summary>
public static class ProjectionBench
{
    public static async Task RunAsync(string seedData, int iterations)
    {
        foreach (var (extra, length) in new[] { (0, 0), (5000, 1500), (5000, 20000) })
        {
            var seed = SyntheticSeed.Create(seedData, extra, Math.Max(length, 1));
            using (var server = new BenchServer(seed))
            {
                using var client = server.CreateClient();
                var contexts = server.Services.GetRequiredService<IDbContextFactory<KnowledgeHubDbContext>>();
                var label = extra == 0 ? "seed data (66 records)" : $"+{extra} records, description {length} chars";
                await Measure.LatencyAsync($"{label}: 50 whole records", iterations, async () =>
                {
                    await using var db = await contexts.CreateDbContextAsync();
                    await Page(db).ToListAsync();
                });
                await Measure.LatencyAsync($"{label}: 50 records without text columns", iterations, async () =>
                {
                    await using var db = await contexts.CreateDbContextAsync();
                    await Page(db).Select(r => new { r.Id, r.Kind, r.Slug, r.Title, r.StartYear, r.EndYear, r.UpdatedAt }).ToListAsync();
                });
                await Measure.LatencyAsync($"{label}: 50 records, sorted narrow, then read whole", iterations, async () =>
                {
                    await using var db = await contexts.CreateDbContextAsync();
                    var ids = Page(db).Select(r => r.Id);
                    await db.Records.Where(r => ids.Contains(r.Id)).OrderBy(r => r.Title).ThenBy(r => r.Id).ToListAsync();
                });
                await Measure.LatencyAsync($"{label}: GraphQL programs(first: 50) by id", iterations,
                    () => server.QueryAsync(client, "{ programs(first: 50) { nodes { slug title } } }"));
                await Measure.LatencyAsync($"{label}: GraphQL programs(first: 50) by title", iterations,
                    () => server.QueryAsync(client, "{ programs(first: 50, order: [{ title: ASC }]) { nodes { slug title } } }"));
            }

            Directory.Delete(seed, recursive: true);
        }
    }

    private static IQueryable<Record> Page(KnowledgeHubDbContext db) =>
        db.Records.Visible().OrderBy(r => r.Title).ThenBy(r => r.Id).Take(50);
}
