using System.Collections.Concurrent;
using Lucene.Net.Util;

namespace KnowledgeHub.Search.Ranking;

/// <summary>
/// The bitsets one search works with, over every document of a reader, taken from and given
/// back to that reader's pool when the search is done. At a million records a bitset is 125 KB,
/// which the runtime allocates on the large-object heap and only a full collection frees; a
/// search builds a dozen, and many searches run at once.
/// </summary>
public sealed class ScratchBits(ConcurrentBag<long[]> pool, int numBits) : IDisposable
{
    /// <summary>Arrays kept per reader beyond which returned ones are left to the collector.</summary>
    public const int MaxPooled = 256;

    private readonly List<long[]> _taken = [];

    /// <summary>An empty bitset, good until this is disposed.</summary>
    public FixedBitSet Rent()
    {
        var words = FixedBitSet.Bits2words(numBits);
        if (pool.TryTake(out var bits))
        {
            Array.Clear(bits, 0, words);
        }
        else
        {
            bits = new long[words];
        }

        _taken.Add(bits);
        return new FixedBitSet(bits, numBits);
    }

    public FixedBitSet Copy(FixedBitSet source)
    {
        var copy = Rent();
        copy.Or(source);
        return copy;
    }

    public void Dispose()
    {
        foreach (var bits in _taken)
        {
            if (pool.Count < MaxPooled)
            {
                pool.Add(bits);
            }
        }

        _taken.Clear();
    }
}
