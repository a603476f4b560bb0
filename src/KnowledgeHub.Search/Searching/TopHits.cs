using KnowledgeHub.Search.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeHub.Search.Searching;

/// <summary>
/// Collects the best hits in a search's order: by relevance with <see cref="RelevanceCollector"/>,
/// other orders with Lucene's field sort; either way the page names its records by id.
/// </summary>
public sealed class TopHits
{
    private readonly RelevanceCollector? _relevance;
    private readonly TopFieldCollector? _sorted;

    private TopHits(RelevanceCollector? relevance, TopFieldCollector? sorted)
    {
        _relevance = relevance;
        _sorted = sorted;
    }

    public ICollector Collector => (ICollector?)_relevance ?? _sorted!;

    public int TotalHits => _relevance?.TotalHits ?? _sorted!.TotalHits;

    public static TopHits For(SearchOrder order, int wanted) => order == SearchOrder.Relevance
        ? new TopHits(new RelevanceCollector(wanted), null)
        : new TopHits(null, TopFieldCollector.Create(SearchSorts.For(order), wanted, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false));

    /// <summary>The collected hits from <paramref name="offset"/> on, best first.</summary>
    public IReadOnlyList<RankedHit> Page(IndexSearcher searcher, int offset)
    {
        if (_relevance is not null)
        {
            return _relevance.Hits(offset);
        }

        var leaves = searcher.IndexReader.Leaves;
        return _sorted!.GetTopDocs(offset).ScoreDocs.Select(d =>
        {
            var leaf = leaves[ReaderUtil.SubIndex(d.Doc, leaves)];
            var id = leaf.AtomicReader.GetNumericDocValues(SearchFields.SortId)?.Get(d.Doc - leaf.DocBase) ?? 0;
            return new RankedHit(d.Doc, d.Score, id);
        }).ToList();
    }
}
