using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KnowledgeHub.Search.Searching;

/// <summary>
/// The filters of searches, kept per clause as one bitset per index segment: who may see what
/// (the same for every anonymous search) and each kind/theme/region/range restriction. Building a
/// clause's documents once per segment instead of once per request turns filtering into bit
/// tests. Segments that go away take their bitsets with them (Lucene keys them weakly).
/// </summary>
public sealed class FilterCache
{
    // Filter values come from users (ranges, lists of codes): keep the number of clauses bounded.
    private const int MaxClauses = 512;
    private readonly ConcurrentDictionary<string, Filter> _clauses = new(StringComparer.Ordinal);

    /// <summary>What the reader may see (<paramref name="statuses"/>) restricted by <paramref name="filter"/>.</summary>
    public Filter For(SearchFilter filter, IReadOnlyCollection<string> statuses)
    {
        var clauses = filter.Clauses(statuses).Select(c => Clause(c.Key, c.Query)).ToList();
        return clauses.Count == 1 ? clauses[0] : new AllOf(clauses);
    }

    public Filter Visible(IReadOnlyCollection<string> statuses) => For(SearchFilter.None, statuses);

    private Filter Clause(string key, Query query)
    {
        if (_clauses.TryGetValue(key, out var cached))
        {
            return cached;
        }

        if (_clauses.Count >= MaxClauses)
        {
            _clauses.Clear();
        }

        return _clauses.GetOrAdd(key, _ => new BitSetCachingFilter(new QueryWrapperFilter(query)));
    }

    /// <summary>Caches a segment's documents as a <see cref="FixedBitSet"/>, which offers random access to filtered searches.</summary>
    private sealed class BitSetCachingFilter(Filter filter) : CachingWrapperFilter(filter)
    {
        protected override DocIdSet CacheImpl(DocIdSetIterator iterator, AtomicReader reader)
        {
            var bits = new FixedBitSet(reader.MaxDoc);
            bits.Or(iterator);
            return bits;
        }
    }

    /// <summary>Documents every clause lets through: the cached bitsets ANDed, word by word.</summary>
    private sealed class AllOf(IReadOnlyList<Filter> clauses) : Filter
    {
        public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
        {
            FixedBitSet? all = null;
            foreach (var clause in clauses)
            {
                var set = clause.GetDocIdSet(context, null);
                if (set is null)
                {
                    return null;
                }

                if (all is null)
                {
                    all = new FixedBitSet(context.AtomicReader.MaxDoc);
                    Or(all, set);
                }
                else if (set is FixedBitSet bits)
                {
                    all.And(bits);
                }
                else if (set.GetIterator() is { } iterator)
                {
                    all.And(iterator);
                }
                else
                {
                    return null;
                }
            }

            return BitsFilteredDocIdSet.Wrap(all, acceptDocs);
        }

        private static void Or(FixedBitSet all, DocIdSet set)
        {
            if (set is FixedBitSet bits)
            {
                all.Or(bits);
            }
            else if (set.GetIterator() is { } iterator)
            {
                all.Or(iterator);
            }
        }
    }
}
