using System.Text.Json;
using KnowledgeHub.Data;
using KnowledgeHub.Domain.Records;
using KnowledgeHub.Import.Seed;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeHub.Import.Records;

/// <summary>Writes records in the seed-file format, the format the import reads: an export re-imports as unchanged.</summary>
public sealed class RecordExporter(IDbContextFactory<KnowledgeHubDbContext> contexts)
{
    /// <summary>Every record (any status), or those of one kind; returns how many were written.</summary>
    public async Task<int> ExportAsync(Stream output, RecordKind? kind, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var records = await db.Records.WithEverything().Where(r => kind == null || r.Kind == kind).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        var seeds = records.Select(RecordSeed.Of).ToList();
        var file = new SeedFile
        {
            Programs = NullIfEmpty(seeds.OfType<ProgramSeed>()),
            FamilyPrograms = NullIfEmpty(seeds.OfType<FamilyProgramSeed>()),
            InspirationCases = NullIfEmpty(seeds.OfType<InspirationCaseSeed>()),
            MunicipalExperiences = NullIfEmpty(seeds.OfType<MunicipalExperienceSeed>()),
        };
        await JsonSerializer.SerializeAsync(output, file, SeedJson.Options, cancellationToken);
        return records.Count;
    }

    private static List<T>? NullIfEmpty<T>(IEnumerable<T> items) => items.ToList() is { Count: > 0 } list ? list : null;
}
