namespace KnowledgeHub.Search.Analysis;

/// <summary>
/// Splits Danish compounds against a dictionary of words seen in the corpus:
/// "forebyggelsesstrategi" → "forebyggelse" + "strategi", "netværksanbringelser" → "netværk" +
/// "anbringelser". Danish joins parts with a linking -s- or -e- (fuge-s), which is dropped.
/// A word splits only where both sides are known words (the tail may split again), so ordinary
/// words that merely contain a word ("behandling") stay whole.
/// </summary>
public sealed class CompoundSplitter(IReadOnlySet<string> dictionary)
{
    public const int MinPartLength = 4;
    private const int MaxDepth = 3;

    // Danish inflections are at most four letters ("erne", "ende"): a longer tail is a word.
    private const int MinTailOfHeadOnly = 5;

    private readonly WordMemo<IReadOnlyList<string>> _splits = new(200_000);

    public IReadOnlySet<string> Dictionary { get; } = dictionary;

    /// <summary><see cref="Split(string)"/>, remembered per word: the same word always splits the same way.</summary>
    public IReadOnlyList<string> Split(ReadOnlySpan<char> word) =>
        word.Length < 2 * MinPartLength ? [] : _splits.Get(word, Split);

    /// <summary>
    /// The parts of a compound, or nothing when the word is not one. When only the head is a
    /// known word and the tail is long ("anbringelses|forløbet", an inflected tail), the head
    /// alone is returned: it is what a reader searching for the head wants to find.
    /// </summary>
    public IReadOnlyList<string> Split(string word)
    {
        var parts = new List<string>();
        if (Split(word, parts, 0))
        {
            return parts;
        }

        for (var cut = word.Length - MinTailOfHeadOnly; cut >= MinPartLength; cut--)
        {
            if (Head(word[..cut]) is { } head)
            {
                return [head];
            }
        }

        return [];
    }

    private bool Split(string word, List<string> parts, int depth)
    {
        if (depth >= MaxDepth || word.Length < 2 * MinPartLength)
        {
            return false;
        }

        // Longest head first: "forebyggelses|strategi" before "fore|byggelsesstrategi".
        for (var cut = word.Length - MinPartLength; cut >= MinPartLength; cut--)
        {
            var head = Head(word[..cut]);
            if (head is null)
            {
                continue;
            }

            var tail = word[cut..];
            var mark = parts.Count;
            parts.Add(head);
            if (Dictionary.Contains(tail))
            {
                parts.Add(tail);
                return true;
            }

            if (Split(tail, parts, depth + 1))
            {
                return true;
            }

            parts.RemoveRange(mark, parts.Count - mark);
        }

        return false;
    }

    /// <summary>The head as a dictionary word, with or without its linking letter.</summary>
    private string? Head(string head)
    {
        if (Dictionary.Contains(head))
        {
            return head;
        }

        if (head.Length > MinPartLength && head[^1] is 's' or 'e' && Dictionary.Contains(head[..^1]))
        {
            return head[..^1];
        }

        return null;
    }
}
