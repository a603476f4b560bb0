namespace KnowledgeHub.Search.Querying;

public enum ClauseKind
{
    Word,
    Phrase,
    Prefix,
}

public enum ClauseOccur
{
    /// <summary>Ranks higher when present; not required.</summary>
    Should,

    /// <summary>+word: must be present.</summary>
    Must,

    /// <summary>-word: must not be present.</summary>
    MustNot,
}

/// <summary>One unit of what a user typed: a word, a "phrase" or a prefix*, with how it must occur.</summary>
public sealed record QueryClause(ClauseKind Kind, string Text, ClauseOccur Occur = ClauseOccur.Should)
{
    public override string ToString()
    {
        var sign = Occur switch { ClauseOccur.Must => "+", ClauseOccur.MustNot => "-", _ => "" };
        return Kind switch
        {
            ClauseKind.Phrase => $"{sign}\"{Text}\"",
            ClauseKind.Prefix => $"{sign}{Text}*",
            _ => sign + Text,
        };
    }
}

/// <summary>A parsed query. <see cref="Truncated"/> says that clauses beyond the limit were dropped.</summary>
public sealed record UserQuery(IReadOnlyList<QueryClause> Clauses, bool Truncated)
{
    public bool IsEmpty => Clauses.Count == 0;

    /// <summary>The query as it is searched, in the same syntax a user types.</summary>
    public override string ToString() => string.Join(' ', Clauses);
}
