using System.Text.Json;
using KnowledgeHub.Domain.Records;
using KnowledgeHub.Import.Records;

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

    /// <summary>
    /// The validating pass of a streamed import: every file is checked against the schema (two at
    /// a time on two cores; the schema check is most of the cost) and only what <see cref="SeedScan"/>
    /// keeps stays in memory. Every error of every file is reported, before the database.
    /// </summary>
    public static async Task<SeedScan> ScanDirectoryAsync(string seedDirectory, CancellationToken cancellationToken = default)
    {
        var validator = await SeedSchemaValidator.LoadAsync(Path.Combine(seedDirectory, "schema"), cancellationToken);
        var paths = FindFiles(seedDirectory);
        var files = new (SeedFile? References, List<(string Slug, RecordKind Kind)> Records, IReadOnlyList<SeedError> Errors)[paths.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        await Parallel.ForAsync(0, paths.Count, options, async (i, ct) =>
        {
            var name = Path.GetRelativePath(seedDirectory, paths[i]);
            var json = await File.ReadAllBytesAsync(paths[i], ct);
            var errors = validator.Errors(name, json);
            try
            {
                files[i] = errors.Count > 0 ? (null, [], errors) : Kept(json, SeedItems.Read(json)!, errors);
            }
            catch (JsonException)
            {
                // JSON the schema check's reader tolerates (comments) and System.Text.Json does not.
                errors = validator.Validate(name, SeedSchemaValidator.Text(json)).Errors;
                if (errors.Count == 0)
                {
                    throw;
                }

                files[i] = (null, [], errors);
            }
        });

        var scan = new SeedScan();
        var all = new List<SeedError>();
        for (var i = 0; i < paths.Count; i++)
        {
            all.AddRange(files[i].Errors);
            if (files[i].References is { } references)
            {
                scan.Add(Path.GetRelativePath(seedDirectory, paths[i]), references, files[i].Records);
            }
        }

        return all.Count > 0 ? throw new SeedImportException(all) : scan;
    }

    /// <summary>
    /// Only the reference data and the records' names are kept; the records are read when written. A
    /// file of records only (the corpus's, the seed's own) is not deserialised here at all.
    /// </summary>
    private static (SeedFile, List<(string Slug, RecordKind Kind)>, IReadOnlyList<SeedError>) Kept(byte[] json, List<SeedItem> items, IReadOnlyList<SeedError> errors)
    {
        var records = items.Select(i => (Item: i, Kind: SeedKinds.KindOfList(i.List))).Where(r => r.Kind is not null).ToList();
        var references = records.Count == items.Count ? new SeedFile() : SeedFiles.ReferencesOnly(JsonSerializer.Deserialize<SeedFile>(json, SeedJson.Options)!);
        return (references, [.. records.Select(r => (r.Item.Slug()!, r.Kind!.Value))], errors);
    }

    /// <summary>The records of one kind in one file (already validated by <see cref="ScanDirectoryAsync"/>), streamed from disk.</summary>
    public static async Task<SeedSet> ReadRecordsAsync(string seedDirectory, string name, RecordKind kind, CancellationToken cancellationToken = default)
    {
        await using var stream = File.OpenRead(Path.Combine(seedDirectory, name));
        var content = await JsonSerializer.DeserializeAsync<SeedFile>(stream, SeedJson.Options, cancellationToken);
        var set = new SeedSet();
        set.Add(name, SeedFiles.RecordsOnly(content!, kind));
        return set;
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
