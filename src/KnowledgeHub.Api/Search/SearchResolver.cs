using GraphQL;
using KnowledgeHub.GraphQL.DataLoading;
using KnowledgeHub.GraphQL.Errors;
using KnowledgeHub.Api.GraphQL.Errors;
using KnowledgeHub.GraphQL.Paging;
using KnowledgeHub.Api.Records;
using KnowledgeHub.Search.Querying;
using KnowledgeHub.Search.Searching;
using Microsoft.Extensions.Options;

namespace KnowledgeHub.Api.Search;

/// <summary>Turns the GraphQL arguments into a search and the hits into records, loaded in one query per page.</summary>
public static class SearchResolver
{
    private const string CursorScope = "search";

    public static async Task<SearchConnection> SearchAsync(IResolveFieldContext c)
    {
        var options = c.RequestServices!.GetRequiredService<IOptions<PagingOptions>>().Value;
        var paging = PagingArguments.From(c, options);
        var offset = paging.After is null ? 0 : OffsetCursor.Decode(CursorScope, paging.After) + 1;
        var request = new SearchRequest(c.GetArgument<string>("query"), ReaderVisibility.SearchStatuses)
        {
            Filter = SearchFilterInput.ToFilter(c.GetArgument<SearchFilterInput?>("where")),
            Order = c.GetArgument("order", SearchOrder.Relevance),
            Offset = offset,
            Limit = paging.First ?? options.DefaultPageSize,
            Parts = SearchSelection.Of(c),
        };
        SearchResult result;
        try
        {
            result = c.RequestServices!.GetRequiredService<RecordSearcher>().Search(request);
        }
        catch (InvalidSearchQueryException ex)
        {
            throw SearchError.InvalidQuery(ex.Message);
        }

        // One batch for the whole page; a hit whose record has gone since it was indexed is left out.
        var records = await c.RecordById().LoadMany(result.Hits.Select(h => h.RecordId)).GetResultAsync(c.CancellationToken);
        var edges = result.Hits.Zip(records)
            .Select((pair, i) => (Cursor: OffsetCursor.Encode(CursorScope, offset + i), pair.First, Record: pair.Second))
            .Where(x => x.Record is not null)
            .Select(x => new SearchEdge(x.Cursor, new SearchHitResult(x.First, x.Record!)))
            .ToList();
        var pageInfo = new PageInfo(result.HasMore, offset > 0, () => edges.FirstOrDefault()?.Cursor, () => edges.LastOrDefault()?.Cursor);
        return new SearchConnection(edges, pageInfo, result.TotalCount, result.Facets, result.SearchedFor.ToString(), result.Corrections);
    }

    public static IReadOnlyList<Suggestion> Suggest(IResolveFieldContext c)
    {
        var options = c.RequestServices!.GetRequiredService<IOptions<PagingOptions>>().Value;
        var first = PagingArguments.From(c, options).First ?? options.DefaultPageSize;
        var prefix = c.GetArgument<string>("prefix");
        if (prefix.Length > UserQueryParser.MaxLength)
        {
            throw SearchError.InvalidQuery($"The prefix is {prefix.Length} characters long; at most {UserQueryParser.MaxLength} are read.");
        }

        return c.RequestServices!.GetRequiredService<Suggester>().Suggest(prefix, first, ReaderVisibility.SearchStatuses);
    }
}
