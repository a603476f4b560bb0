using GraphQL.Types;
using KnowledgeHub.GraphQL.Paging;

namespace KnowledgeHub.Api.Search;

public sealed class SearchConnectionGraphType : ObjectGraphType<SearchConnection>
{
    public SearchConnectionGraphType()
    {
        Name = "SearchConnection";
        Description = "A page of search hits, with facets over the whole result set and what was actually searched.";
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Description("Information to aid in pagination.").Resolve(c => c.Source.PageInfo);
        Field<ListGraphType<NonNullGraphType<SearchEdgeGraphType>>>("edges").Description("A list of edges.").Resolve(c => c.Source.Edges);
        Field<ListGraphType<NonNullGraphType<SearchHitGraphType>>>("nodes").Description("A flattened list of the hits.").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many records match the query and filters.").Resolve(c => c.Source.TotalCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetGraphType>>>>("facets")
            .Description("Counts per kind, theme, region, municipality and evidence level over every matching record (not just this page).")
            .Resolve(c => c.Source.Facets);
        Field<NonNullGraphType<StringGraphType>>("searchedFor")
            .Description("The query as it was searched: after typo correction, without dropped operators and clauses beyond the first 32.")
            .Resolve(c => c.Source.SearchedFor);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchCorrectionGraphType>>>>("corrections")
            .Description("Words that matched nothing and were searched as the closest known word instead (the fuzzy fallback).")
            .Resolve(c => c.Source.Corrections);
    }
}

public sealed class SearchEdgeGraphType : ObjectGraphType<SearchEdge>
{
    public SearchEdgeGraphType()
    {
        Name = "SearchEdge";
        Description = "An edge in a search connection.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("A cursor for use in pagination.").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<SearchHitGraphType>>("node").Description("The hit at the end of the edge.").Resolve(c => c.Source.Node);
    }
}
