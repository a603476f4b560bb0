using KnowledgeHub.Search.Analysis;
using KnowledgeHub.Search.Documents;

namespace KnowledgeHub.Search.Querying;

/// <summary>
/// Groups of terms that mean the same (Danish synonyms and their English equivalents), applied
/// at query time so that changing the thesaurus needs no reindex. The file has one group per
/// line, terms separated by commas; '#' starts a comment. Terms are matched on stemmed, folded
/// words, so "anbringelser" finds the group of "anbringelse" and "Out-of-home placement" that of
/// "out of home placement".
/// </summary>
public sealed class Thesaurus
{
    private readonly Dictionary<string, int> _groupOfKey;
    private readonly List<IReadOnlyList<string>> _groups;
    private readonly HashSet<string> _words;

    private Thesaurus(List<IReadOnlyList<string>> groups)
    {
        _groups = groups;
        _groupOfKey = new Dictionary<string, int>(StringComparer.Ordinal);
        _words = groups.SelectMany(g => g).SelectMany(t => SearchAnalyzers.Exact.Terms(SearchFields.Exact, t)).ToHashSet(StringComparer.Ordinal);
        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var term in groups[g])
            {
                var key = Key(term);
                if (key.Length > 0)
                {
                    _groupOfKey.TryAdd(key, g);
                    LongestKey = Math.Max(LongestKey, key.Count(c => c == ' ') + 1);
                }
            }
        }
    }

    public static Thesaurus Empty { get; } = new([]);

    /// <summary>The most words any term has; longer runs of query words need not be looked up.</summary>
    public int LongestKey { get; }

    /// <summary>Every term, for suggestions.</summary>
    public IEnumerable<string> Terms => _groups.SelectMany(g => g);

    public static Thesaurus Parse(TextReader reader)
    {
        var groups = new List<IReadOnlyList<string>>();
        while (reader.ReadLine() is { } line)
        {
            var content = line.Split('#', 2)[0];
            var terms = content.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (terms.Length > 1)
            {
                groups.Add(terms);
            }
        }

        return new Thesaurus(groups);
    }

    public static Thesaurus Load(string path)
    {
        using var reader = File.OpenText(path);
        return Parse(reader);
    }

    /// <summary>Whether a folded, unstemmed word is written in some term ("placement"): such a word is no typo.</summary>
    public bool HasWord(string folded) => _words.Contains(folded);

    /// <summary>The other terms of the group a run of folded words belongs to; empty when it is in none.</summary>
    public IReadOnlyList<string> SynonymsOf(IReadOnlyList<string> foldedWords)
    {
        var key = string.Join(' ', foldedWords);
        return _groupOfKey.TryGetValue(key, out var g) ? _groups[g].Where(t => Key(t) != key).ToList() : [];
    }

    /// <summary>A term's words as the query analysis sees them (folded and stemmed).</summary>
    public static string Key(string term) => string.Join(' ', SearchAnalyzers.Query.Terms(SearchFields.Title, term));

    /// <summary>Terms that complete these folded, unstemmed words, for suggestions.</summary>
    public IEnumerable<string> Completing(string foldedWords) =>
        Terms.Where(t => string.Join(' ', SearchAnalyzers.Exact.Terms(SearchFields.Exact, t)) is var folded
                         && folded.StartsWith(foldedWords, StringComparison.Ordinal) && folded != foldedWords);
}
