namespace KnowledgeHub.Import.Changes;

/// <summary>
/// Rebuilds a derived index (search) from the database, for `knowledgehub reindex`. None is
/// registered until a search index is configured; the command says so.
/// </summary>
public interface IRecordIndexRebuilder
{
    /// <summary>What is rebuilt, for the command's output ("search index").</summary>
    string Name { get; }

    /// <summary>Returns how many records the rebuilt index holds.</summary>
    Task<int> RebuildAsync(CancellationToken cancellationToken);
}
