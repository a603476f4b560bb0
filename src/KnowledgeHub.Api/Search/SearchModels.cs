using KnowledgeHub.GraphQL.Paging;
using KnowledgeHub.Domain.Records;
using KnowledgeHub.Search.Querying;
using KnowledgeHub.Search.Searching;

namespace KnowledgeHub.Api.Search;

/// <summary>A page of search results as the schema shows it: hits with their records, facets, what was searched.</summary>
public sealed record SearchConnection(
    IReadOnlyList<SearchEdge> Edges,
    PageInfo PageInfo,
    int TotalCount,
    IReadOnlyList<FacetResult> Facets,
    string SearchedFor,
    IReadOnlyList<Correction> Corrections)
{
    public IEnumerable<SearchHitResult> Nodes => Edges.Select(e => e.Node);
}

public sealed record SearchEdge(string Cursor, SearchHitResult Node);

/// <summary>A hit with its record already loaded (one query for the whole page).</summary>
public sealed record SearchHitResult(SearchHit Hit, Record Record);
