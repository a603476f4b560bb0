using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using KnowledgeHub.Search.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KnowledgeHub.Search.Ranking;

/// <summary>
/// What searches against one index reader share: the scores of the leaf queries they ran (scores
/// depend on the whole index's statistics, so they belong to a reader, and a write — a new
/// reader — starts afresh), the documents each filter lets through, the record id of every
/// document, and the facet values. Common words come back in query after query in any
/// combination, so their scores are worked out once per reader instead of once per search.
/// Leaf scores are bounded by <c>KnowledgeHub:Search:ScoreCacheMegabytes</c>, least recently used first out.
/// </summary>
public sealed class ReaderScores
{
    private const int MaxFilters = 64;
    private readonly ConcurrentDictionary<string, Entry> _leaves = new(StringComparer.Ordinal);
    private readonly Lock _evicting = new();
    private readonly ConcurrentDictionary<string, FixedBitSet> _filters = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<long[]> _scratch = [];
    private readonly int _maxDoc;
    private readonly Lazy<int[]> _recordIds;
    private readonly Lazy<FacetValues> _facets;
    private readonly long _maxBytes;
    private long _bytes;
    private long _clock;

    private ReaderScores(IndexReader reader, long maxBytes)
    {
        _maxBytes = maxBytes;
        _maxDoc = reader.MaxDoc;
        _recordIds = new Lazy<int[]>(() => RecordIds(reader));
        _facets = new Lazy<FacetValues>(() => FacetValues.Build(reader));
    }

    public int[] RecordIdsByDoc => _recordIds.Value;

    public FacetValues Facets => _facets.Value;

    /// <summary>Bitsets over this reader's documents for one search, given back when it is disposed.</summary>
    public ScratchBits Scratch() => new(_scratch, _maxDoc);

    public LeafScores Leaf(IndexSearcher searcher, ScoreTree.Leaf leaf)
    {
        var entry = _leaves.GetOrAdd(leaf.Key, _ => new Entry(new Lazy<LeafScores>(() =>
        {
            var built = LeafScores.Build(searcher, leaf.Unit);
            Interlocked.Add(ref _bytes, built.Bytes);
            return built;
        })));
        entry.LastUsed = Interlocked.Increment(ref _clock);
        var scores = entry.Scores.Value;
        if (Volatile.Read(ref _bytes) > _maxBytes)
        {
            Evict();
        }

        return scores;
    }

    /// <summary>
    /// Over budget: forget the least recently used leaves until a quarter of the budget is free,
    /// so a working set that fits is kept while a stream of new words pushes out old ones.
    /// </summary>
    private void Evict()
    {
        lock (_evicting)
        {
            foreach (var (key, entry) in _leaves.OrderBy(e => e.Value.LastUsed).ToList())
            {
                if (Volatile.Read(ref _bytes) <= _maxBytes / 4 * 3)
                {
                    return;
                }

                // One being built is left alone: its builder counts it when done.
                if (entry.Scores.IsValueCreated && _leaves.TryRemove(key, out _))
                {
                    Interlocked.Add(ref _bytes, -entry.Scores.Value.Bytes);
                }
            }
        }
    }

    /// <summary>The documents <paramref name="filter"/> lets through (deleted ones removed), as one bitset over the reader.</summary>
    public FixedBitSet Filter(IndexReader reader, string key, Filter filter)
    {
        if (_filters.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var bits = new FixedBitSet(reader.MaxDoc);
        foreach (var context in reader.Leaves)
        {
            var iterator = filter.GetDocIdSet(context, context.AtomicReader.LiveDocs)?.GetIterator();
            if (iterator is null)
            {
                continue;
            }

            for (var doc = iterator.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = iterator.NextDoc())
            {
                bits.Set(context.DocBase + doc);
            }
        }

        if (_filters.Count >= MaxFilters)
        {
            _filters.Clear();
        }

        _filters[key] = bits;
        return bits;
    }

    private static int[] RecordIds(IndexReader reader)
    {
        var ids = new int[reader.MaxDoc];
        foreach (var context in reader.Leaves)
        {
            var values = context.AtomicReader.GetNumericDocValues(SearchFields.SortId);
            for (var doc = 0; values is not null && doc < context.AtomicReader.MaxDoc; doc++)
            {
                ids[context.DocBase + doc] = (int)values.Get(doc);
            }
        }

        return ids;
    }

    private sealed class Entry(Lazy<LeafScores> scores)
    {
        public Lazy<LeafScores> Scores { get; } = scores;

        public long LastUsed { get; set; }
    }

    /// <summary>One per reader, going away with it.</summary>
    public sealed class PerReader(long maxBytes)
    {
        private readonly ConditionalWeakTable<IndexReader, ReaderScores> _readers = new();

        public ReaderScores For(IndexReader reader) => _readers.GetValue(reader, r => new ReaderScores(r, maxBytes));
    }
}
