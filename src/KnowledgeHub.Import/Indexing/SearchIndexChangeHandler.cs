using KnowledgeHub.Import.Changes;

namespace KnowledgeHub.Import.Indexing;

/// <summary>After each commit, before the answer: the search index applies the new change-log entries.</summary>
public sealed class SearchIndexChangeHandler(SearchIndexer indexer) : IRecordChangeHandler
{
    public Task HandleAsync(long upToSequence, CancellationToken cancellationToken) => indexer.CatchUpAsync(cancellationToken);
}
