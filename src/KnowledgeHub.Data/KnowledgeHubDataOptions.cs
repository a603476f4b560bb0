namespace KnowledgeHub.Data;

/// <summary>Bound from the "KnowledgeHub" configuration section.</summary>
public sealed class KnowledgeHubDataOptions
{
    public const string Section = "KnowledgeHub";

    /// <summary>Where the database and the search index live; relative paths are under the working directory.</summary>
    public string DataDirectory { get; set; } = "data";

    public string DatabasePath => Path.Combine(Path.GetFullPath(DataDirectory), "knowledgehub.db");
}
