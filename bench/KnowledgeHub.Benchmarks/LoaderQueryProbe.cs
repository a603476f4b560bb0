extern alias api;
using System.Diagnostics;
using System.Globalization;
using KnowledgeHub.Data;
using KnowledgeHub.Domain.Records;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeHub.Benchmarks;

/// <summary>
/// What each statement of a page of 50 programmes costs, in the ways to write it: the rows through
/// EF Core's LINQ, the link pairs through LINQ and as EF Core's relational command (SQL text, no
/// LINQ pipeline) — CPU µs and KB per statement, one at a time.
/// </summary>
public static class LoaderQueryProbe
{
    public static void Run(IServiceProvider services, int rounds)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<KnowledgeHubDbContext>>();
        int[] ids;
        using (var db = contexts.CreateDbContext())
        {
            ids = [.. db.Programs.Where(r => r.Status == RecordStatus.Published).OrderBy(r => r.Id).Select(r => r.Id).Take(50)];
        }

        var inList = RelationalReads.InList(ids);
        Time("page rows: LINQ, whole entities (as served)", rounds, async () =>
        {
            await using var db = await contexts.CreateDbContextAsync();
            return (await db.Programs.Where(r => r.Status == RecordStatus.Published).OrderBy(r => r.Id).Take(51).ToListAsync()).Count;
        });
        Time("theme pairs: LINQ, ids as one JSON parameter", rounds, async () =>
        {
            await using var db = await contexts.CreateDbContextAsync();
            IReadOnlyCollection<int> keys = ids;
            return (await db.Set<Dictionary<string, object>>("RecordThemes").Where(x => keys.Contains(EF.Property<int>(x, "RecordId")))
                .Select(x => new { Record = EF.Property<int>(x, "RecordId"), Theme = EF.Property<int>(x, "ThemesId") }).ToListAsync()).Count;
        });
        Time("theme pairs: relational command", rounds, async () =>
        {
            await using var db = await contexts.CreateDbContextAsync();
            return (await db.ReadAsync($"SELECT \"RecordId\", \"ThemesId\" FROM \"RecordThemes\" WHERE \"RecordId\" IN ({inList})",
                r => (r.GetInt32(0), r.GetInt32(1)), default)).Count;
        });
        Time("municipality links: LINQ entities", rounds, async () =>
        {
            await using var db = await contexts.CreateDbContextAsync();
            IReadOnlyCollection<int> keys = ids;
            return (await db.RecordMunicipalities.Where(x => keys.Contains(x.RecordId)).ToListAsync()).Count;
        });
        Time("municipality links: relational command", rounds, async () =>
        {
            await using var db = await contexts.CreateDbContextAsync();
            return (await db.ReadAsync($"SELECT \"RecordId\", \"MunicipalityId\", \"Role\" FROM \"RecordMunicipalities\" WHERE \"RecordId\" IN ({inList})",
                r => (r.GetInt32(0), r.GetInt32(1), r.GetString(2)), default)).Count;
        });
        Time("open + close a context's connection only", rounds, async () =>
        {
            await using var db = await contexts.CreateDbContextAsync();
            await db.Database.OpenConnectionAsync();
            await db.Database.CloseConnectionAsync();
            return 0;
        });
    }

    private static void Time(string name, int rounds, Func<Task<int>> run)
    {
        var rows = 0;
        for (var i = 0; i < 50; i++)
        {
            rows = run().GetAwaiter().GetResult();
        }

        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < rounds; i++)
        {
            run().GetAwaiter().GetResult();
        }

        var wall = Stopwatch.GetElapsedTime(started).TotalMicroseconds / rounds;
        var kb = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / rounds / 1024.0;
        process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-45} {wall,8:0} µs wall {(process.TotalProcessorTime - cpu).TotalMicroseconds / rounds,8:0} µs CPU {kb,7:0.0} KB  {rows} rows"));
    }
}
