using KnowledgeHub.Search.Documents;
using KnowledgeHub.Search.Searching;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeHub.Tests.Search.Oracles;

/// <summary>
/// The test oracle for relevance: Lucene scoring every match. The best hits by score, equal
/// scores by record id, and the count of all hits: the same order
/// as <c>Sort(score, sort_id)</c> (<see cref="SearchSorts"/>), without the general field-sort
/// machinery. The id is read from doc values only for a hit that can be kept, and kept with each
/// hit, so the page needs no stored fields to name its records.
/// </summary>
public sealed class RelevanceCollector(int size) : ICollector
{
    private readonly HitHeap _heap = new(size);
    private int _docBase;
    private Scorer _scorer = null!;
    private NumericDocValues? _ids;

    public int TotalHits { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        _ids = context.AtomicReader.GetNumericDocValues(SearchFields.SortId);
    }

    public void Collect(int doc)
    {
        TotalHits++;
        var score = _scorer.GetScore();
        if (_heap.Competes(score))
        {
            _heap.Offer(new RankedHit(_docBase + doc, score, _ids?.Get(doc) ?? 0));
        }
    }

    /// <summary>The kept hits from <paramref name="offset"/> on, best first.</summary>
    public IReadOnlyList<RankedHit> Hits(int offset) => _heap.Hits(offset);
}
