using GraphQL;
using GraphQL.Types;
using KnowledgeHub.GraphQL.Paging;
using KnowledgeHub.Search.Searching;

namespace KnowledgeHub.Api.Search;

public static class SearchQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<SearchConnectionGraphType>>("search")
            .Description("Full-text search in Danish (stemming, compounds, aa/å, synonyms and English terms, typo tolerance). "
                         + "Syntax: plain words (more matching words rank higher), \"a phrase\", -exclude, +require, prefix*.")
            .Argument<NonNullGraphType<StringGraphType>>("query", "What to search for, at most 10,000 characters; empty lists everything that passes the filters.")
            .Argument<SearchFilterInputGraphType>("where", "Filters; facets are counted within them.")
            .Argument<SearchOrderGraphType>("order", "RELEVANCE unless given.")
            .Argument<IntGraphType>("first", "Returns the first _n_ hits (10 by default, at most 50).")
            .Argument<StringGraphType>("after", "Returns the hits that come after the specified cursor.")
            .ResolveAsync(async c => await SearchResolver.SearchAsync(c));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SuggestionGraphType>>>>("suggest")
            .Description("Completions for a search box: words and thesaurus terms that complete the last word typed, then records whose titles match.")
            .Argument<NonNullGraphType<StringGraphType>>("prefix", "What has been typed so far.")
            .Argument<IntGraphType>("first", "How many suggestions (10 by default, at most 50).")
            .Resolve(SearchResolver.Suggest);
    }
}
