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

/// <summary>One hit; its highlights are worked out only when asked for, and only if the search was told they would be.</summary>
public sealed class SearchHit(int recordId, float score, Func<IReadOnlyList<Highlight>>? highlights)
{
    private readonly Lazy<IReadOnlyList<Highlight>>? _highlights = highlights is null ? null : new(highlights);

    public int RecordId { get; } = recordId;
    public float Score { get; } = score;

    /// <exception cref="InvalidOperationException">The search was run without <see cref="SearchParts.Highlights"/>.</exception>
    public IReadOnlyList<Highlight> Highlights =>
        _highlights?.Value ?? throw new InvalidOperationException("Highlights were not requested: the search ran without SearchParts.Highlights.");
}
