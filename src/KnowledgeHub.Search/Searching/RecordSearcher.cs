using KnowledgeHub.Search.Indexing;
using KnowledgeHub.Search.Querying;
using KnowledgeHub.Search.Ranking;
using Lucene.Net.Search;

namespace KnowledgeHub.Search.Searching;

/// <summary>Runs searches against the current searcher of the index: query, filters, sort, page, facets.</summary>
public sealed class RecordSearcher(
    SearchIndex index, Thesaurus thesaurus, FilterCache? filters = null, SearchResultCache? results = null, ReaderScores.PerReader? scores = null, bool pruning = true)
{
    private readonly FilterCache _filters = filters ?? new FilterCache();
    private readonly SearchResultCache _results = results ?? new SearchResultCache(0);
    private readonly ReaderScores.PerReader _scores = scores ?? new ReaderScores.PerReader(SearchOptions.DefaultScoreCacheBytes);

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
        if (request.Order == SearchOrder.Relevance && ScoreTree.From(searcher.Rewrite(built.Query), searcher.Similarity) is { } tree)
        {
            var cache = _scores.For(searcher.IndexReader);
            using var scratch = cache.Scratch();
            var ranked = RankedSearch.Search(searcher, tree, cache, cache.Filter(searcher.IndexReader, request.Filter.Key(request.Statuses), filter), wanted, scratch, pruning);
            var facetCounts = request.Parts.HasFlag(SearchParts.Facets) ? cache.Facets.Count(ranked.Matches) : [];
            return Result(searcher, request, built, ranked.TotalHits, ranked.Hits.Skip(request.Offset).ToList(), facetCounts);
        }

        var top = TopHits.For(request.Order, wanted);
        var facets = request.Parts.HasFlag(SearchParts.Facets) ? new FacetCollector(FacetFields) : null;
        searcher.Search(built.Query, filter, facets is null ? top.Collector : MultiCollector.Wrap(top.Collector, facets));

        return Result(searcher, request, built, top.TotalHits, top.Page(searcher, request.Offset), facets?.Results() ?? []);
    }

    private SearchResult Result(
        IndexSearcher searcher, SearchRequest request, BuiltQuery built, int total, IReadOnlyList<RankedHit> page, IReadOnlyList<FacetResult> facets)
    {
        var hits = page.Take(request.Limit).Select(h => Hit(searcher, h, request.Parts.HasFlag(SearchParts.Highlights) ? built.Highlight : null)).ToList();
        return new SearchResult(total, hits, page.Count > request.Limit, facets, built.SearchedFor, built.Corrections);
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
