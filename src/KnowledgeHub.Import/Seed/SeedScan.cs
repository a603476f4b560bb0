using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Import.Seed;

/// <summary>
/// What a first, validating pass over a seed folder keeps: the reference data (small), which files
/// hold records, and every record's slug and kind (so a parent named before it is written is known).
/// The records themselves are read again, a file at a time, when they are written.
/// </summary>
public sealed class SeedScan
{
    public SeedSet References { get; } = new();

    /// <summary>
    /// Which files hold records of which kind (paths relative to the folder). Imported kind by kind,
    /// programmes first, as an in-memory set is, so the same seed always gives the same ids.
    /// </summary>
    public IEnumerable<(string File, RecordKind Kind)> RecordFiles => _recordFiles.OrderBy(f => f.Kind);

    private readonly List<(string File, RecordKind Kind)> _recordFiles = [];

    public Dictionary<string, RecordKind> RecordSlugs { get; } = new(StringComparer.Ordinal);

    public int RecordCount { get; internal set; }

    /// <summary>Keeps a validated file's reference data and its records' names.</summary>
    internal void Add(string name, SeedFile references, IReadOnlyList<(string Slug, RecordKind Kind)> records)
    {
        References.Add(name, references);
        foreach (var (slug, kind) in records)
        {
            RecordSlugs.TryAdd(slug, kind);
        }

        RecordCount += records.Count;
        _recordFiles.AddRange(records.Select(r => r.Kind).Distinct().Select(kind => (name, kind)));
    }
}

/// <summary>A seed file split into its reference data and its records.</summary>
internal static class SeedFiles
{
    public static SeedFile ReferencesOnly(SeedFile file) =>
        file with { Programs = null, FamilyPrograms = null, InspirationCases = null, MunicipalExperiences = null };

    public static SeedFile RecordsOnly(SeedFile file, RecordKind kind) => new()
    {
        Programs = kind == RecordKind.Program ? file.Programs : null,
        FamilyPrograms = kind == RecordKind.FamilyProgram ? file.FamilyPrograms : null,
        InspirationCases = kind == RecordKind.InspirationCase ? file.InspirationCases : null,
        MunicipalExperiences = kind == RecordKind.MunicipalExperience ? file.MunicipalExperiences : null,
    };
}
