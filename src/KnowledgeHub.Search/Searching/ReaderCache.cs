using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using KnowledgeHub.Search.Documents;
using KnowledgeHub.Search.Ranking;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KnowledgeHub.Search.Searching;

/// <summary>
/// The one cache of searching, one per index reader: everything in it (leaf scores, the documents
/// each filter lets through, the record id of every document, the facet values, recent results)
/// depends on that reader's documents and statistics and on nothing else. The invalidation rule
/// is the reader generation: a write opens a new reader, whose cache starts empty, and the old
/// one goes with its reader. Leaf scores are bounded by <c>KnowledgeHub:Search:ScoreCacheMegabytes</c>
/// (least recently used first out), filters and results by their number.
/// </summary>
public sealed class ReaderCache
{
    private const int MaxFilters = 256;
    private readonly ConcurrentDictionary<string, Entry> _leaves = new(StringComparer.Ordinal);
    private readonly Lock _evicting = new();
    private readonly ConcurrentDictionary<string, FixedBitSet> _filters = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SearchResult> _results = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<long[]> _scratch = [];
    private readonly int _maxDoc;
    private readonly Lazy<int[]> _recordIds;
    private readonly Lazy<FacetValues> _facets;
    private readonly long _maxBytes;
    private readonly int _maxResults;
    private long _bytes;
    private long _clock;

    private ReaderCache(IndexReader reader, long maxBytes, int maxResults)
    {
        _maxBytes = maxBytes;
        _maxResults = maxResults;
        _maxDoc = reader.MaxDoc;
        _recordIds = new Lazy<int[]>(() => RecordIds(reader));
        _facets = new Lazy<FacetValues>(() => FacetValues.Build(reader));
    }

    public int[] RecordIdsByDoc => _recordIds.Value;

    public FacetValues Facets => _facets.Value;

    /// <summary>Bitsets over this reader's documents for one search, given back when it is disposed.</summary>
    public ScratchBits Scratch() => new(_scratch, _maxDoc);

    /// <summary>A recent result for the same request, or <paramref name="search"/>'s, kept unless results are off.</summary>
    public SearchResult Result(string key, Func<SearchResult> search)
    {
        if (_maxResults <= 0)
        {
            return search();
        }

        if (_results.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var result = search();
        if (_results.Count >= _maxResults)
        {
            _results.Clear();
        }

        _results[key] = result;
        return result;
    }

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

    /// <summary>
    /// The live documents <paramref name="filter"/> lets through for a reader who may see
    /// <paramref name="statuses"/>, as one bitset over the reader (shared: never change it).
    /// Each clause is kept too, so filters that share "published" or a kind share its work.
    /// </summary>
    public FixedBitSet Filter(IndexSearcher searcher, SearchFilter filter, IReadOnlyCollection<string> statuses)
    {
        var clauses = filter.Clauses(statuses).Select(c => (Func<FixedBitSet>)(() => Kept(c.Key, () => Matching(searcher, c.Query)))).ToList();
        return clauses.Count == 1 ? clauses[0]() : Kept(filter.Key(statuses), () =>
        {
            var all = clauses[0]().Clone();
            foreach (var clause in clauses.Skip(1))
            {
                all.And(clause());
            }

            return all;
        });
    }

    /// <summary>The same documents as a Lucene filter, for Lucene's own searches (suggestions, related, sorted pages, typo checks).</summary>
    public Filter Visible(IndexSearcher searcher, IReadOnlyCollection<string> statuses) =>
        new ReaderBitsFilter(Filter(searcher, SearchFilter.None, statuses));

    private FixedBitSet Kept(string key, Func<FixedBitSet> build)
    {
        if (_filters.TryGetValue(key, out var cached))
        {
            return cached;
        }

        if (_filters.Count >= MaxFilters)
        {
            _filters.Clear();
        }

        return _filters.GetOrAdd(key, _ => build());
    }

    private FixedBitSet Matching(IndexSearcher searcher, Query query)
    {
        var bits = new FixedBitSet(_maxDoc);
        searcher.Search(new ConstantScoreQuery(query), new BitsCollector(bits));
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

    /// <summary>Sets the bit of every document collected (live documents only: the searcher skips deleted ones).</summary>
    private sealed class BitsCollector(FixedBitSet bits) : ICollector
    {
        private int _docBase;

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
            // Membership only.
        }

        public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

        public void Collect(int doc) => bits.Set(_docBase + doc);
    }

    /// <summary>One cache per reader, going away with it.</summary>
    /// <param name="maxResults">Recent results kept per reader; 0 turns keeping results off.</param>
    public sealed class PerReader(long maxBytes, int maxResults = 0)
    {
        private readonly ConditionalWeakTable<IndexReader, ReaderCache> _readers = new();

        public ReaderCache For(IndexReader reader) => _readers.GetValue(reader, r => new ReaderCache(r, maxBytes, maxResults));
    }
}
