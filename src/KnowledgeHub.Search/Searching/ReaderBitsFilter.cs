using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KnowledgeHub.Search.Searching;

/// <summary>
/// A bitset over a whole reader's documents as a Lucene filter: each segment sees its own range
/// of it, without a copy, so Lucene's searches use the same cached bitsets the ranked search does.
/// </summary>
public sealed class ReaderBitsFilter(FixedBitSet bits) : Filter
{
    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs) =>
        new Slice(bits, context.DocBase, context.AtomicReader.MaxDoc, acceptDocs);

    private sealed class Slice(FixedBitSet bits, int docBase, int maxDoc, IBits? accept) : DocIdSet, IBits
    {
        public override IBits Bits => this;

        public int Length => maxDoc;

        public bool Get(int index) => bits.Get(docBase + index) && (accept is null || accept.Get(index));

        public override DocIdSetIterator GetIterator() => new Iterator(this, maxDoc);

        /// <summary>The next document of the slice at or after <paramref name="target"/>, or -1.</summary>
        public int Next(int target)
        {
            for (var at = docBase + target; at < docBase + maxDoc && at < bits.Length; at++)
            {
                at = bits.NextSetBit(at);
                if (at < 0 || at >= docBase + maxDoc)
                {
                    return -1;
                }

                if (accept is null || accept.Get(at - docBase))
                {
                    return at - docBase;
                }
            }

            return -1;
        }
    }

    private sealed class Iterator(Slice slice, int maxDoc) : DocIdSetIterator
    {
        private int _doc = -1;

        public override int DocID => _doc;

        public override int NextDoc() => Advance(_doc + 1);

        public override int Advance(int target)
        {
            var next = target >= maxDoc ? -1 : slice.Next(target);
            return _doc = next < 0 ? NO_MORE_DOCS : next;
        }

        public override long GetCost() => maxDoc;
    }
}
