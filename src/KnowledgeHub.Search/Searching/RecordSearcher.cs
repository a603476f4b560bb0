using KnowledgeHub.Search.Indexing;
using KnowledgeHub.Search.Querying;
using Lucene.Net.Search;

namespace KnowledgeHub.Search.Searching;

/// <summary>Runs searches against the current searcher of the index: query, filters, sort, page, facets.</summary>
public sealed class RecordSearcher(SearchIndex index, Thesaurus thesaurus, FilterCache? filters = null, SearchResultCache? results = null)
{
    private readonly FilterCache _filters = filters ?? new FilterCache();
    private readonly SearchResultCache _results = results ?? new SearchResultCache(0);

    public static IReadOnlyList<string> FacetFields { get; } =
        [Documents.SearchFields.Kind, Documents.SearchFields.Theme, Documents.SearchFields.Region, Documents.SearchFields.Municipality, Documents.SearchFields.Evidence];

    /// <exception cref="InvalidSearchQueryException">The query is longer than any search needs.</exception>
    public SearchResult Search(SearchRequest request)
    {
        var parsed = UserQueryParser.Parse(request.Query);
        var searcher = index.Searchers.Acquire();
        try
        {
            return _results.GetOrAdd(searcher.IndexReader, request, () => Search(searcher, parsed, request));
        }
        finally
        {
            index.Searchers.Release(searcher);
        }
    }

    private SearchResult Search(IndexSearcher searcher, UserQuery parsed, SearchRequest request)
    {
        var analyzers = index.Analyzers;
        var visible = _filters.Visible(request.Statuses);
        var filter = _filters.For(request.Filter, request.Statuses);
        var corrector = new TypoCorrector(searcher, visible, thesaurus, analyzers);
        var built = new QueryBuilder(thesaurus, index.Compounds, analyzers.Splitter).Build(parsed, corrector.Correct);

        var wanted = Math.Max(1, Math.Min(request.Offset + request.Limit + 1, searcher.IndexReader.MaxDoc));
        var top = TopHits.For(request.Order, wanted);
        var facets = request.Parts.HasFlag(SearchParts.Facets) ? new FacetCollector(FacetFields) : null;
        searcher.Search(built.Query, filter, facets is null ? top.Collector : MultiCollector.Wrap(top.Collector, facets));

        var page = top.Page(searcher, request.Offset);
        var hits = page.Take(request.Limit).Select(h => Hit(searcher, h, request.Parts.HasFlag(SearchParts.Highlights) ? built.Highlight : null)).ToList();
        return new SearchResult(top.TotalHits, hits, page.Count > request.Limit, facets?.Results() ?? [], built.SearchedFor, built.Corrections);
    }

    /// <summary>A hit names its record from doc values; its stored text is read (while the searcher is held) only for highlights.</summary>
    private SearchHit Hit(IndexSearcher searcher, RankedHit hit, HighlightTerms? highlight)
    {
        var score = float.IsNaN(hit.Score) ? 0 : hit.Score;
        if (highlight is null)
        {
            return new SearchHit((int)hit.RecordId, score, null);
        }

        var stored = StoredHit.From(searcher.Doc(hit.Doc));
        var analyzer = index.Analyzers.Highlight;
        return new SearchHit(stored.RecordId, score, () => HitHighlighter.Highlight(stored, highlight, analyzer));
    }
}
