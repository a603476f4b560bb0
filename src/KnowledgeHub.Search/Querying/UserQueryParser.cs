using System.Text;

namespace KnowledgeHub.Search.Querying;

/// <summary>
/// Reads what a user types: plain words, "phrases", -exclusions, +required words and prefix*.
/// It never fails: an unbalanced quote makes the rest plain words, a stray operator (AND, OR,
/// a lone * or -) is dropped, and NOT before a word excludes it. Lucene's own query parser is not
/// used because its syntax errors (and field:value tricks) are not something a caseworker should meet.
/// </summary>
public static class UserQueryParser
{
    /// <summary>More clauses than this are dropped: no one types them, and each costs a query clause.</summary>
    public const int MaxClauses = 32;

    /// <summary>Longer input is refused rather than silently cut in the middle of a thought.</summary>
    public const int MaxLength = 10_000;

    public static UserQuery Parse(string text)
    {
        if (text.Length > MaxLength)
        {
            throw new InvalidSearchQueryException($"The query is {text.Length} characters long; at most {MaxLength} are searched.");
        }

        var clauses = new List<QueryClause>();
        var truncated = false;
        var negateNext = false;
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var occur = negateNext ? ClauseOccur.MustNot : ClauseOccur.Should;
            negateNext = false;
            if (text[i] is '-' or '+' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))
            {
                occur = text[i] == '-' ? ClauseOccur.MustNot : ClauseOccur.Must;
                i++;
            }

            IEnumerable<QueryClause> found;
            if (text[i] == '"' && text.IndexOf('"', i + 1) is var close and > 0)
            {
                found = Phrase(text[(i + 1)..close], occur);
                i = close + 1;
            }
            else
            {
                var end = i;
                while (end < text.Length && !char.IsWhiteSpace(text[end]))
                {
                    end++;
                }

                var word = text[i..end];
                i = end;
                if (word == "NOT")
                {
                    negateNext = true;
                    continue;
                }

                found = word is "AND" or "OR" or "&&" or "||" ? [] : Words(word, occur);
            }

            foreach (var clause in found)
            {
                if (clauses.Count == MaxClauses)
                {
                    truncated = true;
                    break;
                }

                clauses.Add(clause);
            }

            if (truncated)
            {
                break;
            }
        }

        return new UserQuery(clauses, truncated);
    }

    private static IEnumerable<QueryClause> Phrase(string inner, ClauseOccur occur)
    {
        var words = Clean(inner);
        return words.Count switch
        {
            0 => [],
            1 => [new QueryClause(ClauseKind.Word, words[0], occur)],
            _ => [new QueryClause(ClauseKind.Phrase, string.Join(' ', words), occur)],
        };
    }

    /// <summary>A token such as "title:pmto" or "(anbringelse)" is the words in it; a trailing * makes the last a prefix.</summary>
    private static IEnumerable<QueryClause> Words(string token, ClauseOccur occur)
    {
        var words = Clean(token);
        for (var i = 0; i < words.Count; i++)
        {
            var prefix = i == words.Count - 1 && token.EndsWith('*');
            yield return new QueryClause(prefix ? ClauseKind.Prefix : ClauseKind.Word, words[i], occur);
        }
    }

    /// <summary>Keeps letters, digits and inner hyphens; everything else (quotes, *, :, brackets) separates.</summary>
    private static List<string> Clean(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var keep = char.IsLetterOrDigit(c) || (c is '-' or '–' && result.Length > 0 && result[^1] != ' ');
            result.Append(keep ? c : ' ');
        }

        return result.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('-', '–')).Where(w => w.Length > 0).ToList();
    }
}
