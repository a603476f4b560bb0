using System.Text.Json;

namespace KnowledgeHub.Import.Seed;

/// <summary>Reads and validates every seed file of a directory into one <see cref="SeedSet"/>.</summary>
public static class SeedReader
{
    /// <summary>Files are <c>*.json</c> at the top and one folder down (a kind may be split), never the schemas.</summary>
    public static IReadOnlyList<string> FindFiles(string seedDirectory) =>
        Directory.EnumerateFiles(seedDirectory, "*.json", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(seedDirectory, f).StartsWith("schema" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

    public static async Task<SeedSet> ReadDirectoryAsync(string seedDirectory, CancellationToken cancellationToken = default)
    {
        var validator = await SeedSchemaValidator.LoadAsync(Path.Combine(seedDirectory, "schema"), cancellationToken);
        var files = new List<(string Name, string Json)>();
        foreach (var path in FindFiles(seedDirectory))
        {
            files.Add((Path.GetRelativePath(seedDirectory, path), await File.ReadAllTextAsync(path, cancellationToken)));
        }

        return Read(validator, files);
    }

    /// <summary>Validates each file against the schema, then deserialises; any error stops here, before the database.</summary>
    public static SeedSet Read(SeedSchemaValidator validator, IEnumerable<(string Name, string Json)> files)
    {
        var set = new SeedSet();
        var errors = new List<SeedError>();
        foreach (var (name, json) in files)
        {
            var (_, fileErrors) = validator.Validate(name, json);
            if (fileErrors.Count > 0)
            {
                errors.AddRange(fileErrors);
                continue;
            }

            set.Add(name, JsonSerializer.Deserialize<SeedFile>(json, SeedJson.Options)!);
        }

        return errors.Count > 0 ? throw new SeedImportException(errors) : set;
    }
}
