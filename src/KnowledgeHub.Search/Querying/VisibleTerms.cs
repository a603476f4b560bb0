using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KnowledgeHub.Search.Querying;

/// <summary>Whether a word occurs in some record a reader may see: stops at the first such record instead of counting them all.</summary>
public static class VisibleTerms
{
    /// <param name="visible">The documents the reader may see, over the whole index reader (the reader cache's filter bitset).</param>
    public static bool AnyHas(IndexReader reader, FixedBitSet visible, Term term)
    {
        foreach (var leaf in reader.Leaves)
        {
            var docs = leaf.AtomicReader.GetTermDocsEnum(term);
            for (var doc = docs?.NextDoc() ?? DocIdSetIterator.NO_MORE_DOCS; doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs!.NextDoc())
            {
                if (visible.Get(leaf.DocBase + doc))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
