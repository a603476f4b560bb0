using KnowledgeHub.Search.Searching;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KnowledgeHub.Tests.Search.Oracles;

/// <summary>A search filter as plain Lucene applies it, without the reader cache's bitsets: the oracle's side.</summary>
public static class FilterQuery
{
    /// <summary>The filter as one query; <paramref name="statuses"/> is who may see what.</summary>
    public static Query ToQuery(this SearchFilter filter, IReadOnlyCollection<string> statuses)
    {
        var all = new BooleanQuery(disableCoord: true);
        foreach (var (_, clause) in filter.Clauses(statuses))
        {
            all.Add(clause, Occur.MUST);
        }

        return all;
    }

    /// <summary>The documents the filter lets through, found by a Lucene search of <see cref="ToQuery"/>.</summary>
    public static FixedBitSet Documents(this SearchFilter filter, IndexSearcher searcher, IReadOnlyCollection<string> statuses)
    {
        var bits = new FixedBitSet(searcher.IndexReader.MaxDoc);
        foreach (var hit in searcher.Search(filter.ToQuery(statuses), Math.Max(1, searcher.IndexReader.MaxDoc)).ScoreDocs)
        {
            bits.Set(hit.Doc);
        }

        return bits;
    }
}
