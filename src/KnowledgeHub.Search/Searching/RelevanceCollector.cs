using KnowledgeHub.Search.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeHub.Search.Searching;

/// <summary>One collected hit: its document in the searcher, score and record id.</summary>
public readonly record struct RankedHit(int Doc, float Score, long RecordId);

/// <summary>
/// The best hits by score, equal scores by record id, and the count of all hits: the same order
/// as <c>Sort(score, sort_id)</c> (<see cref="SearchSorts"/>), without the general field-sort
/// machinery. The id is read from doc values only for a hit that ties with the worst kept one,
/// and kept with each hit, so the page needs no stored fields to name its records.
/// </summary>
public sealed class RelevanceCollector(int size) : ICollector
{
    // A heap with the worst kept hit at the root: lowest score, then highest id.
    private readonly RankedHit[] _heap = new RankedHit[Math.Max(1, size)];
    private int _count;
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
        if (_count == _heap.Length)
        {
            var worst = _heap[0];
            if (score < worst.Score)
            {
                return;
            }

            var id = Id(doc);
            if (score == worst.Score && id >= worst.RecordId)
            {
                return;
            }

            _heap[0] = new RankedHit(_docBase + doc, score, id);
            Down(0);
            return;
        }

        _heap[_count] = new RankedHit(_docBase + doc, score, Id(doc));
        Up(_count++);
    }

    /// <summary>The kept hits from <paramref name="offset"/> on, best first.</summary>
    public IReadOnlyList<RankedHit> Hits(int offset) =>
        _heap.Take(_count).OrderByDescending(h => h.Score).ThenBy(h => h.RecordId).Skip(offset).ToList();

    private long Id(int doc) => _ids?.Get(doc) ?? 0;

    private static bool Worse(RankedHit a, RankedHit b) => a.Score < b.Score || (a.Score == b.Score && a.RecordId > b.RecordId);

    private void Up(int i)
    {
        while (i > 0 && Worse(_heap[i], _heap[(i - 1) / 2]))
        {
            (_heap[i], _heap[(i - 1) / 2]) = (_heap[(i - 1) / 2], _heap[i]);
            i = (i - 1) / 2;
        }
    }

    private void Down(int i)
    {
        while (true)
        {
            var worst = i;
            foreach (var child in (ReadOnlySpan<int>)[(2 * i) + 1, (2 * i) + 2])
            {
                if (child < _count && Worse(_heap[child], _heap[worst]))
                {
                    worst = child;
                }
            }

            if (worst == i)
            {
                return;
            }

            (_heap[i], _heap[worst]) = (_heap[worst], _heap[i]);
            i = worst;
        }
    }
}
