using KnowledgeHub.Search.Querying;

namespace KnowledgeHub.Tests.Search;

/// <summary>The bounded edit distance the typo check uses agrees with the full one (the oracle here) wherever the bound allows.</summary>
public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("forebygelse", "forebyggelse", 1)]
    [InlineData("anbringlse", "anbringelse", 1)]
    [InlineData("anbrignelse", "anbringelse", 1)] // a swapped pair is one typo
    [InlineData("familie", "familier", 1)]
    [InlineData("abc", "cab", 2)]
    [InlineData("forældre", "foraeldre", 2)]
    public void Known_pairs(string a, string b, int expected)
    {
        Assert.Equal(expected, Full(a, b));
        Assert.Equal(expected, EditDistance.Within(a, b, 2));
        Assert.Null(EditDistance.Within(a, b, expected - 1));
    }

    [Fact]
    public void Agrees_with_the_full_distance_on_random_words()
    {
        var random = new Random(7);
        for (var i = 0; i < 5_000; i++)
        {
            var a = Word(random);
            var b = Mutate(a, random);
            var full = Full(a, b);
            for (var max = 0; max <= 3; max++)
            {
                Assert.Equal(full <= max ? full : null, EditDistance.Within(a, b, max));
            }
        }
    }

    /// <summary>The whole Damerau–Levenshtein table, without bounds or early exits.</summary>
    private static int Full(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    private static string Word(Random random) => new(Enumerable.Range(0, random.Next(1, 12)).Select(_ => "abeæøs"[random.Next(6)]).ToArray());

    private static string Mutate(string word, Random random)
    {
        var chars = word.ToList();
        for (var edits = random.Next(0, 4); edits > 0; edits--)
        {
            var at = random.Next(chars.Count + 1);
            switch (random.Next(4))
            {
                case 0 when at < chars.Count: chars.RemoveAt(at); break;
                case 1: chars.Insert(at, "abeæøs"[random.Next(6)]); break;
                case 2 when at + 1 < chars.Count: (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]); break;
                case 3 when at < chars.Count: chars[at] = "abeæøs"[random.Next(6)]; break;
            }
        }

        return new string(chars.ToArray());
    }
}
