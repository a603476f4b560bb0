using System.Text.Json.Nodes;

namespace KnowledgeHub.Tests.Infrastructure;

/// <summary>A throw-away copy of the real seed-data/ that a test may break on purpose.</summary>
public sealed class SeedCopy : IDisposable
{
    public SeedCopy()
    {
        Directory = Path.Combine(Path.GetTempPath(), "knowledgehub-seed", Guid.NewGuid().ToString("N"));
        foreach (var file in System.IO.Directory.EnumerateFiles(RepositoryPaths.SeedData, "*.json", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Directory, Path.GetRelativePath(RepositoryPaths.SeedData, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Directory { get; }

    /// <summary>Changes one item of one kind in one file and writes it back.</summary>
    public void Edit(string file, string kind, int index, Action<JsonObject> change)
    {
        var path = Path.Combine(Directory, file);
        var root = JsonNode.Parse(File.ReadAllText(path))!;
        change(root[kind]![index]!.AsObject());
        File.WriteAllText(path, root.ToJsonString());
    }

    public void Write(string file, string content) => File.WriteAllText(Path.Combine(Directory, file), content);

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // Temp space only.
        }
    }
}
