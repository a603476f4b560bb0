namespace KnowledgeHub.Api.Imports;

/// <summary>Bound from "KnowledgeHub:Import".</summary>
public sealed class ImportApiOptions
{
    public const string Section = "KnowledgeHub:Import";

    /// <summary>
    /// The largest file `importRecords` takes (UTF-8 bytes); larger files go through
    /// `knowledgehub import`, which has no such limit and shows its progress.
    /// </summary>
    public int MaxContentBytes { get; set; } = 10 * 1024 * 1024;
}
