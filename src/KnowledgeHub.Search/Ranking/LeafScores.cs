using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KnowledgeHub.Search.Ranking;

/// <summary>
/// Every document one leaf query matches in one index reader, with its score there (alone,
/// boost 1), in two orders: by document, to score a given document, and its best
/// <see cref="TopSize"/> by score, to find a first page quickly. A leaf matching most documents keeps a
/// score per document instead (smaller, and a look-up is one read). Deleted documents are kept;
/// the match set removes them.
/// </summary>
public sealed class LeafScores
{
    /// <summary>How deep the by-score order goes.</summary>
    public const int TopSize = 4096;

    private readonly int[]? _docs;
    private readonly float[] _scores;

    /// <summary>Documents per block of <see cref="BlockMax"/>: 2^7.</summary>
    public const int BlockShift = 7;

    private LeafScores(int count, int[]? docs, float[] scores, int[] topDocs, float[] topScores, FixedBitSet matches, float[] blockMax)
    {
        BlockMax = blockMax;
        Count = count;
        _docs = docs;
        _scores = scores;
        TopDocs = topDocs;
        TopScores = topScores;
        Matches = matches;
    }

    /// <summary>How many documents the leaf matches.</summary>
    public int Count { get; }

    /// <summary>The best-scoring documents, best first (equal scores by document).</summary>
    public int[] TopDocs { get; }

    public float[] TopScores { get; }

    /// <summary>The documents the leaf matches; shared, never to be changed.</summary>
    public FixedBitSet Matches { get; }

    /// <summary>
    /// The best score in each block of 128 documents (0 where none matches): a much tighter bound
    /// than the leaf's best for a document known only by its number, since the leaf's best is its
    /// one extreme record and a block's best is a typical good one.
    /// </summary>
    public float[] BlockMax { get; }

    /// <summary>Roughly what the leaf holds in memory.</summary>
    public long Bytes => (_scores.Length * 4L) + ((_docs?.Length ?? 0) * 4L) + (TopDocs.Length * 8L) + (Matches.Length / 8) + (BlockMax.Length * 4L);

    /// <summary>Runs <paramref name="unit"/> (boost 1) over every segment and keeps what it scores.</summary>
    public static LeafScores Build(IndexSearcher searcher, Query unit)
    {
        var maxDoc = searcher.IndexReader.MaxDoc;
        var weight = searcher.CreateNormalizedWeight(unit);
        var docs = new List<int>();
        var scores = new List<float>();
        foreach (var context in searcher.IndexReader.Leaves)
        {
            var scorer = weight.GetScorer(context, null);
            if (scorer is null)
            {
                continue;
            }

            for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
            {
                docs.Add(context.DocBase + doc);
                scores.Add(scorer.GetScore());
            }
        }

        var matches = new FixedBitSet(maxDoc);
        foreach (var doc in docs)
        {
            matches.Set(doc);
        }

        var (topDocs, topScores) = Best(docs, scores);
        var blockMax = new float[(maxDoc >> BlockShift) + 1];
        for (var i = 0; i < docs.Count; i++)
        {
            ref var max = ref blockMax[docs[i] >> BlockShift];
            max = Math.Max(max, scores[i]);
        }

        // A score per document costs 4 bytes a document; a list 8 bytes a match.
        if (docs.Count * 2L >= maxDoc)
        {
            var dense = new float[maxDoc];
            for (var i = 0; i < docs.Count; i++)
            {
                dense[docs[i]] = scores[i];
            }

            return new LeafScores(docs.Count, null, dense, topDocs, topScores, matches, blockMax);
        }

        return new LeafScores(docs.Count, [.. docs], [.. scores], topDocs, topScores, matches, blockMax);
    }

    /// <summary>
    /// Writes the leaf's score of each of <paramref name="docs"/> (ascending) into
    /// <paramref name="scores"/>, 0 where it does not match. <paramref name="cursor"/> carries the
    /// position between calls over ascending batches; start it at 0.
    /// </summary>
    public void Fill(ReadOnlySpan<int> docs, Span<float> scores, ref int cursor)
    {
        if (_docs is null)
        {
            for (var i = 0; i < docs.Length; i++)
            {
                scores[i] = _scores[docs[i]];
            }

            return;
        }

        // A document the leaf does not match needs no seek: the bitset says so in one read, and
        // the cursor stays valid for the (larger) documents after it.
        for (var i = 0; i < docs.Length; i++)
        {
            if (!Matches.Get(docs[i]))
            {
                scores[i] = 0f;
                continue;
            }

            cursor = Seek(docs[i], cursor);
            scores[i] = _scores[cursor];
        }
    }

    /// <summary>The first position at or after <paramref name="from"/> whose document is not below <paramref name="doc"/>: galloping, then binary search.</summary>
    private int Seek(int doc, int from)
    {
        var docs = _docs!;
        if (from >= docs.Length || docs[from] >= doc)
        {
            return from;
        }

        var step = 1;
        var low = from;
        var high = from + step;
        while (high < docs.Length && docs[high] < doc)
        {
            low = high;
            step <<= 1;
            high = from + step;
        }

        var found = Array.BinarySearch(docs, low + 1, Math.Min(high, docs.Length - 1) - low, doc);
        return found >= 0 ? found : ~found;
    }

    private static (int[] Docs, float[] Scores) Best(List<int> docs, List<float> scores)
    {
        var size = Math.Min(TopSize, docs.Count);
        var order = new PriorityQueue<int, (float Score, int Doc)>(size + 1, WorstFirst.Instance);
        for (var i = 0; i < docs.Count; i++)
        {
            if (order.Count < size)
            {
                order.Enqueue(i, (scores[i], docs[i]));
            }
            else if (order.TryPeek(out _, out var worst) && scores[i] > worst.Score)
            {
                order.DequeueEnqueue(i, (scores[i], docs[i]));
            }
        }

        var topDocs = new int[order.Count];
        var topScores = new float[order.Count];
        for (var i = order.Count - 1; i >= 0; i--)
        {
            var at = order.Dequeue();
            topDocs[i] = docs[at];
            topScores[i] = scores[at];
        }

        return (topDocs, topScores);
    }

    /// <summary>Lower score first; of equal scores the later document first, so earlier documents are kept.</summary>
    private sealed class WorstFirst : IComparer<(float Score, int Doc)>
    {
        public static WorstFirst Instance { get; } = new();

        public int Compare((float Score, int Doc) x, (float Score, int Doc) y) =>
            x.Score != y.Score ? x.Score.CompareTo(y.Score) : y.Doc.CompareTo(x.Doc);
    }
}
