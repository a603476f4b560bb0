using KnowledgeHub.Search.Querying;

namespace KnowledgeHub.Search.Searching;

/// <summary>A page of hits with the total, the facets of the whole result set, and what was searched.</summary>
public sealed record SearchResult(
    int TotalCount,
    IReadOnlyList<SearchHit> Hits,
    bool HasMore,
    IReadOnlyList<FacetResult> Facets,
    UserQuery SearchedFor,
    IReadOnlyList<Correction> Corrections);

/// <summary>One hit; its highlights are worked out only when asked for.</summary>
public sealed class SearchHit(StoredHit stored, float score, Func<IReadOnlyList<Highlight>> highlights)
{
    private readonly Lazy<IReadOnlyList<Highlight>> _highlights = new(highlights);

    public int RecordId => stored.RecordId;
    public float Score { get; } = score;
    public IReadOnlyList<Highlight> Highlights => _highlights.Value;
}
