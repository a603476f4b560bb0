using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeHub.Search.Querying;

/// <summary>Whether a word occurs in some record a reader may see: stops at the first such record instead of counting them all.</summary>
public static class VisibleTerms
{
    public static bool AnyHas(IndexReader reader, Filter visible, Term term)
    {
        foreach (var leaf in reader.Leaves)
        {
            var docs = leaf.AtomicReader.GetTermDocsEnum(term);
            var allowed = visible.GetDocIdSet(leaf, leaf.AtomicReader.LiveDocs);
            if (docs is null || allowed is null)
            {
                continue;
            }

            if (allowed.Bits is { } bits)
            {
                for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
                {
                    if (bits.Get(doc))
                    {
                        return true;
                    }
                }
            }
            else if (allowed.GetIterator() is { } iterator && Meet(docs, iterator))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether two ascending document streams share a document.</summary>
    private static bool Meet(DocIdSetIterator a, DocIdSetIterator b)
    {
        var doc = a.NextDoc();
        while (doc != DocIdSetIterator.NO_MORE_DOCS)
        {
            var other = b.DocID < doc ? b.Advance(doc) : b.DocID;
            if (other == doc)
            {
                return true;
            }

            doc = other == DocIdSetIterator.NO_MORE_DOCS ? other : a.Advance(other);
        }

        return false;
    }
}
