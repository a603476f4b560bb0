namespace KnowledgeHub.Search.Searching;

/// <summary>One search: the user's text, filters, order, the page, and the statuses the reader may see.</summary>
public sealed record SearchRequest(string Query, IReadOnlyCollection<string> Statuses)
{
    public SearchFilter Filter { get; init; } = SearchFilter.None;
    public SearchOrder Order { get; init; } = SearchOrder.Relevance;
    public int Offset { get; init; }
    public int Limit { get; init; } = 10;

    /// <summary>What to work out beyond the hits and the total; everything unless told.</summary>
    public SearchParts Parts { get; init; } = SearchParts.All;
}
