using KnowledgeHub.Search.Documents;

namespace KnowledgeHub.Search.Searching;

/// <summary>One facet's counts over a result set.</summary>
public sealed record FacetResult(string Field, IReadOnlyList<FacetCount> Values)
{
    /// <summary>A facet from its "value␟label" keys and counts: most frequent first, then by label.</summary>
    public static FacetResult From(string field, IEnumerable<(string Key, int Count)> counts) => new(field, counts
        .Select(c => c.Key.Split(SearchFields.LabelSeparator, 2) is var parts ? new FacetCount(parts[0], parts.Length > 1 ? parts[1] : parts[0], c.Count) : null!)
        .OrderByDescending(c => c.Count).ThenBy(c => c.Label, StringComparer.Ordinal).ToList());
}

public sealed record FacetCount(string Value, string Label, int Count);
