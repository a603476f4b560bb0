namespace KnowledgeHub.Search.Querying;

/// <summary>What a query matches, for marking it in stored text: stemmed terms and folded prefixes.</summary>
public sealed record HighlightTerms(IReadOnlySet<string> Stems, IReadOnlyList<string> Prefixes)
{
    public static HighlightTerms None { get; } = new(new HashSet<string>(), []);

    public bool IsEmpty => Stems.Count == 0 && Prefixes.Count == 0;
}
