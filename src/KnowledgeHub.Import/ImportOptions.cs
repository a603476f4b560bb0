namespace KnowledgeHub.Import;

/// <summary>Bound from the "KnowledgeHub" configuration section.</summary>
public sealed class ImportOptions
{
    /// <summary>
    /// The seed-data folder. Unset, it is the first <c>seed-data</c> folder found walking up from
    /// the working directory, then from the application's folder, so both `dotnet run` from the
    /// repository root and test hosts find it.
    /// </summary>
    public string? SeedDirectory { get; set; }

    /// <summary>
    /// Loads (the seed at a first start, `knowledgehub import`) write set-based rows in one
    /// transaction (<see cref="Bulk.BulkRowWriter"/>); false writes them through SaveChanges, the
    /// path the bulk one is compared with (BulkLoadTests). The result is the same either way.
    /// </summary>
    public bool BulkLoad { get; set; } = true;

    public string ResolveSeedDirectory()
    {
        if (!string.IsNullOrWhiteSpace(SeedDirectory))
        {
            return Path.GetFullPath(SeedDirectory);
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "seed-data");
                if (File.Exists(Path.Combine(candidate, "schema", "seed-file.schema.json")))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException(
            "No seed-data folder found above the working directory; set KnowledgeHub:SeedDirectory.");
    }
}
