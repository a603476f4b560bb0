using KnowledgeHub.Import.Changes;

namespace KnowledgeHub.Import.Indexing;

/// <summary>After each commit, before the answer: the search index applies the new change-log entries.</summary>
public sealed class SearchIndexChangeHandler(SearchIndexer indexer) : IRecordChangeHandler
{
    public Task HandleAsync(long upToSequence, CancellationToken cancellationToken) => indexer.CatchUpAsync(cancellationToken);
}

/// <summary>`knowledgehub reindex`: the whole search index, rebuilt from the database.</summary>
public sealed class SearchIndexRebuilder(SearchIndexer indexer, KnowledgeHub.Search.Indexing.SearchIndex index) : IRecordIndexRebuilder
{
    public string Name => "search index";

    public async Task<int> RebuildAsync(CancellationToken cancellationToken)
    {
        await indexer.RebuildAsync(cancellationToken);
        return index.Count;
    }
}
