using Lucene.Net.Search.Similarities;

namespace KnowledgeHub.Search.Searching;

/// <summary>
/// BM25 with Lucene's classic coordination factor put back: a record that matches more of the
/// query's words ranks above one that matches fewer, without requiring all of them (words are
/// SHOULD clauses, not a strict AND). Nested boolean queries disable coord where it makes no sense.
/// </summary>
public sealed class SearchSimilarity : BM25Similarity
{
    public static SearchSimilarity Instance { get; } = new();

    public override float Coord(int overlap, int maxOverlap) => maxOverlap == 0 ? 1f : overlap / (float)maxOverlap;
}
