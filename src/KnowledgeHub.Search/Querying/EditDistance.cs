namespace KnowledgeHub.Search.Querying;

/// <summary>Damerau–Levenshtein (optimal string alignment): a swapped pair of letters is one typo.</summary>
public static class EditDistance
{
    /// <summary>
    /// The distance when it is at most <paramref name="max"/>, else null; without allocating,
    /// and giving up as soon as no alignment can come back under the limit.
    /// </summary>
    public static int? Within(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return null;
        }

        var n = b.Length + 1;
        Span<int> rows = n <= 64 ? stackalloc int[3 * n] : new int[3 * n];
        var before = rows[..n];
        var previous = rows[n..(2 * n)];
        var current = rows[(2 * n)..];
        for (var j = 0; j < n; j++)
        {
            previous[j] = j;
        }

        var previousMin = 0;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j < n; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var d = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d = Math.Min(d, before[j - 2] + 1);
                }

                current[j] = d;
                rowMin = Math.Min(rowMin, d);
            }

            // Later rows build on this row, or (a swap) on the previous one plus one edit.
            if (rowMin > max && previousMin + 1 > max)
            {
                return null;
            }

            previousMin = rowMin;
            var spare = before;
            before = previous;
            previous = current;
            current = spare;
        }

        return previous[n - 1] <= max ? previous[n - 1] : null;
    }
}
