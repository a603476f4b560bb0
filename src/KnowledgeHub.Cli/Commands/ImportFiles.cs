namespace KnowledgeHub.Cli.Commands;

/// <summary>
/// What `import PATH` reads: the file, or every *.json file under the folder in path order — not
/// the JSON Schemas (a schema/ folder) nor reference-data.json, which the benchmarks' corpus generator
/// writes beside the records and which an import refuses (reference data comes with the seed).
/// </summary>
public static class ImportFiles
{
    public const string ReferenceData = "reference-data.json";

    /// <summary>The files to import; null when the path is neither a file nor a folder.</summary>
    public static IReadOnlyList<string>? Find(string path)
    {
        if (File.Exists(path))
        {
            return [path];
        }

        if (!Directory.Exists(path))
        {
            return null;
        }

        return Directory.EnumerateFiles(path, "*.json", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(path, f).Split(Path.DirectorySeparatorChar).SkipLast(1).Contains("schema", StringComparer.Ordinal))
            .Where(f => Path.GetFileName(f) != ReferenceData)
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
