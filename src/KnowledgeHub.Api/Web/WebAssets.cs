using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace KnowledgeHub.Api.Web;

/// <summary>Where the built search page and GraphiQL are, and the files the server hands out from there.</summary>
public sealed class WebAssets
{
    public const string IndexPage = "index.html";
    public const string GraphiQLPage = "graphiql.html";
    public const string AssetsFolder = "assets";

    /// <summary>Written by web/build/persisted-documents.ts: the page's operations, hash → text.</summary>
    public const string DocumentsManifest = "persisted-documents.json";

    public WebAssets(IOptions<WebOptions> options)
    {
        Directory = options.Value.Enabled ? Resolve(options.Value.AssetsDirectory) : null;
        IsAvailable = Directory is not null && File.Exists(Path.Combine(Directory, IndexPage)) && File.Exists(Path.Combine(Directory, GraphiQLPage));
        Files = IsAvailable ? new PhysicalFileProvider(Directory!) : new NullFileProvider();
    }

    /// <summary>The folder looked at; null when the pages are turned off.</summary>
    public string? Directory { get; }

    /// <summary>Both pages are built; otherwise the server runs as an API only.</summary>
    public bool IsAvailable { get; }

    /// <summary>Hidden files are never served (PhysicalFileProvider's default exclusions).</summary>
    public IFileProvider Files { get; }

    public string? ManifestPath => IsAvailable && File.Exists(Path.Combine(Directory!, DocumentsManifest)) ? Path.Combine(Directory!, DocumentsManifest) : null;

    private static string Resolve(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        var published = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (File.Exists(Path.Combine(published, IndexPage)))
        {
            return published;
        }

        foreach (var start in new[] { System.IO.Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "web", "dist");
                if (File.Exists(Path.Combine(candidate, IndexPage)))
                {
                    return candidate;
                }
            }
        }

        return published;
    }
}
