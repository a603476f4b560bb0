namespace KnowledgeHub.Data;

/// <summary>Bound from "KnowledgeHub:Database"; the connection string from "ConnectionStrings:KnowledgeHub".</summary>
public sealed class DatabaseOptions
{
    public const string Section = "KnowledgeHub:Database";

    /// <summary>Sqlite (the embedded default, a file under the data directory) or Postgres.</summary>
    public string Provider { get; set; } = nameof(DatabaseProvider.Sqlite);

    /// <summary>
    /// How much of the SQLite file is read through a memory map (0 turns it off). The mapped pages
    /// are the file cache, but they count in the process's resident memory: 256 MB keeps a
    /// million-record server under 1 GB; more is faster on large files (docs/performance.md has
    /// the trade-off). SQLite's own build caps it at 2 GB.
    /// </summary>
    public int SqliteMemoryMapMegabytes { get; set; } = 256;

    /// <summary>
    /// PostgreSQL connections one server opens at most (Npgsql's Maximum Pool Size), unless the
    /// connection string sets its own. Npgsql's 100 let two servers exhaust PostgreSQL's default
    /// max_connections (100): 53300 too many clients. 20 serves a server's two cores with room;
    /// size it as servers × pool ≤ max_connections − reserve (docs/deployment.md).
    /// </summary>
    public int MaxPoolSize { get; set; } = 20;

    public DatabaseProvider ParsedProvider =>
        Enum.TryParse<DatabaseProvider>(Provider, ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new DatabaseConfigurationException(
                $"KnowledgeHub:Database:Provider is '{Provider}'; use Sqlite or Postgres.");
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>A setting that makes starting pointless; the host reports it in one line and exits.</summary>
public sealed class DatabaseConfigurationException(string message) : Exception(message);
