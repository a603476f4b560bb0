using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace KnowledgeHub.Api.Hosting;

/// <summary>
/// A published app is started from anywhere (a service manager, a container's working directory,
/// a shell elsewhere), and ASP.NET Core reads appsettings.json only from the working directory:
/// started from /, the server lost its log levels and logged every SQL command. The files beside
/// the app are read too, just below the working directory's, so a copy there still wins.
/// </summary>
public static class SettingsBesideTheApp
{
    public static void Add(ConfigurationManager configuration, IHostEnvironment environment)
    {
        var beside = Path.GetFullPath(AppContext.BaseDirectory);
        if (string.Equals(Path.TrimEndingDirectorySeparator(beside), Path.TrimEndingDirectorySeparator(Path.GetFullPath(environment.ContentRootPath)), StringComparison.Ordinal))
        {
            return;
        }

        IConfigurationBuilder builder = configuration;
        var first = builder.Sources.Select((source, index) => (source, index))
            .FirstOrDefault(s => s.source is JsonConfigurationSource { Path: "appsettings.json" }).index;
        var files = new PhysicalFileProvider(beside);
        builder.Sources.Insert(first, Json(files, $"appsettings.{environment.EnvironmentName}.json"));
        builder.Sources.Insert(first, Json(files, "appsettings.json"));
    }

    private static JsonConfigurationSource Json(IFileProvider files, string path) =>
        new() { FileProvider = files, Path = path, Optional = true, ReloadOnChange = false };
}
