extern alias api;
using System.Diagnostics;
using System.Globalization;
using KnowledgeHub.Data;
using KnowledgeHub.Domain.Records;
using KnowledgeHub.Domain.Taxonomy;
using KnowledgeHub.GraphQL.DataLoading;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeHub.Benchmarks;

/// <summary>
/// What one child-list query of a page costs, in ways to write it: the themes of 50 records as
/// the loader writes it (LINQ, the ids as one parameter each), as a compiled query, and the
/// statement alone through ADO (open, prepare, step, read) — CPU µs per query, one at a time.
/// </summary>
public static class LoaderQueryProbe
{
    private static readonly Func<KnowledgeHubDbContext, int[], IAsyncEnumerable<Keyed<Theme>>> Compiled =
        EF.CompileAsyncQuery((KnowledgeHubDbContext db, int[] ids) =>
            from r in db.Records where ids.Contains(r.Id) from t in r.Themes orderby t.Id select new Keyed<Theme> { Key = r.Id, Value = t });

    public static void Run(IServiceProvider services, int rounds)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<KnowledgeHubDbContext>>();
        int[] ids;
        using (var db = contexts.CreateDbContext())
        {
            ids = [.. db.Programs.Where(r => r.Status == RecordStatus.Published).OrderBy(r => r.Id).Select(r => r.Id).Take(50)];
        }

        Time("themes: LINQ as the loader", rounds, async () =>
        {
            await using var db = await contexts.CreateDbContextAsync();
            IReadOnlyCollection<int> keys = ids;
            return (await (from r in db.Records where keys.Contains(r.Id) from t in r.Themes orderby t.Id select new Keyed<Theme> { Key = r.Id, Value = t }).ToListAsync()).Count;
        });
        Time("themes: LINQ, ids as one JSON parameter", rounds, async () =>
        {
            await using var db = await contexts.CreateDbContextAsync();
            return (await (from r in db.Records where EF.Parameter(ids).Contains(r.Id) from t in r.Themes orderby t.Id select new Keyed<Theme> { Key = r.Id, Value = t }).ToListAsync()).Count;
        });
        Time("themes: compiled query", rounds, async () =>
        {
            await using var db = await contexts.CreateDbContextAsync();
            var n = 0;
            await foreach (var _ in Compiled(db, ids))
            {
                n++;
            }

            return n;
        });
        Time("themes: ADO only (same statement)", rounds, async () =>
        {
            await using var db = await contexts.CreateDbContextAsync();
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT r0.RecordId, t.Id, t.Description, t.EnglishName, t.Name, t.ParentId, t.Slug FROM RecordThemes AS r0 INNER JOIN Themes AS t ON r0.ThemesId = t.Id WHERE r0.RecordId IN (" + string.Join(',', ids) + ") ORDER BY t.Id";
            await using var reader = await command.ExecuteReaderAsync();
            var n = 0;
            while (await reader.ReadAsync())
            {
                _ = reader.GetInt32(0) + reader.GetInt32(1);
                _ = reader.IsDBNull(2) ? null : reader.GetString(2);
                _ = reader.IsDBNull(3) ? null : reader.GetString(3);
                _ = reader.GetString(4) + reader.GetString(6);
                n++;
            }

            return n;
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
