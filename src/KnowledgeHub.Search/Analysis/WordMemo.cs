using System.Collections.Concurrent;

namespace KnowledgeHub.Search.Analysis;

/// <summary>
/// Remembers what a pure function of one word gave (a stem, a compound's parts), looked up by the
/// token's characters without making a string of them. Text repeats its words (Zipf): at 20,000
/// records nine in ten tokens are words seen before. Bounded: past the limit new words are
/// computed every time, as before, so memory stays put on any vocabulary.
/// </summary>
internal sealed class WordMemo<T>(int capacity)
{
    private readonly ConcurrentDictionary<string, T> _known = new(StringComparer.Ordinal);

    // Counted here: ConcurrentDictionary.Count takes every lock, and misses are frequent at first.
    private int _count;

    public T Get(ReadOnlySpan<char> word, Func<string, T> compute)
    {
        if (_known.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var value))
        {
            return value;
        }

        var text = word.ToString();
        value = compute(text);
        if (Volatile.Read(ref _count) < capacity && _known.TryAdd(text, value))
        {
            Interlocked.Increment(ref _count);
        }

        return value;
    }
}
