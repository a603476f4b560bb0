using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeHub.Corpus;

/// <summary>
/// Danish-looking text for synthetic records: a word-bigram chain trained on the real seed
/// texts, so the corpus has the vocabulary, compounds and word frequencies search will meet.
/// </summary>
internal sealed partial class SyntheticText
{
    private readonly Dictionary<string, List<string>> _next = new(StringComparer.Ordinal);
    private readonly List<string> _starts = [];
    private readonly Random _random;

    public SyntheticText(IEnumerable<string> corpus, Random random)
    {
        _random = random;
        foreach (var text in corpus)
        {
            foreach (var sentence in SentenceSplit().Split(text))
            {
                var words = Words().Matches(sentence).Select(m => m.Value).ToList();
                if (words.Count < 3)
                {
                    continue;
                }

                _starts.Add(words[0]);
                for (var i = 0; i < words.Count - 1; i++)
                {
                    if (!_next.TryGetValue(words[i], out var list))
                    {
                        _next[words[i]] = list = [];
                    }

                    list.Add(words[i + 1]);
                }
            }
        }

        if (_starts.Count == 0)
        {
            throw new InvalidOperationException("The seed texts hold no sentences to learn from.");
        }
    }

    public string Sentence(int minWords, int maxWords)
    {
        var length = _random.Next(minWords, maxWords + 1);
        var word = _starts[_random.Next(_starts.Count)];
        var builder = new StringBuilder(char.ToUpperInvariant(word[0]) + word[1..]);
        for (var i = 1; i < length; i++)
        {
            word = _next.TryGetValue(word, out var options) ? options[_random.Next(options.Count)] : _starts[_random.Next(_starts.Count)];
            builder.Append(' ').Append(word);
        }

        return builder.Append('.').ToString();
    }

    public string Paragraph(int sentences) => string.Join(' ', Enumerable.Range(0, sentences).Select(_ => Sentence(8, 20)));

    public string Title() => Sentence(3, 7).TrimEnd('.');

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceSplit();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}\-]*")]
    private static partial Regex Words();
}
