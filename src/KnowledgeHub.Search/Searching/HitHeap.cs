namespace KnowledgeHub.Search.Searching;

/// <summary>
/// The best hits seen so far, in the order of relevance results: higher score first, equal scores
/// by lower record id (the same order as <c>Sort(score, sort_id)</c>). The worst kept hit is at
/// the root, so a new hit is compared with one entry.
/// </summary>
public sealed class HitHeap(int size)
{
    private readonly RankedHit[] _heap = new RankedHit[Math.Max(1, size)];

    public int Count { get; private set; }

    public bool IsFull => Count == _heap.Length;

    /// <summary>The worst kept hit; only meaningful when <see cref="Count"/> is above zero.</summary>
    public RankedHit Worst => _heap[0];

    /// <summary>Whether a hit with this score could be kept, before its record id is looked up.</summary>
    public bool Competes(float score) => !IsFull || score >= _heap[0].Score;

    public void Offer(RankedHit hit)
    {
        if (!IsFull)
        {
            _heap[Count] = hit;
            Up(Count++);
            return;
        }

        if (!Worse(_heap[0], hit))
        {
            return;
        }

        _heap[0] = hit;
        Down(0);
    }

    /// <summary>The kept hits from <paramref name="offset"/> on, best first.</summary>
    public IReadOnlyList<RankedHit> Hits(int offset) =>
        _heap.Take(Count).OrderByDescending(h => h.Score).ThenBy(h => h.RecordId).Skip(offset).ToList();

    public static bool Worse(RankedHit a, RankedHit b) => a.Score < b.Score || (a.Score == b.Score && a.RecordId > b.RecordId);

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
                if (child < Count && Worse(_heap[child], _heap[worst]))
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
