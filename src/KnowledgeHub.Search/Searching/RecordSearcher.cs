using KnowledgeHub.Search.Indexing;
using KnowledgeHub.Search.Querying;
using KnowledgeHub.Search.Ranking;
using Lucene.Net.Search;

namespace KnowledgeHub.Search.Searching;

/// <summary>
/// Runs searches against the current searcher of the index, all by one path: the query's matches
/// are its leaves' kept bitsets combined and ANDed with the filter's (total and facets come from
/// them), hits are scored from the leaves' kept scores, and everything kept belongs to the
/// reader's <see cref="ReaderCache"/>.
/// </summary>
/// <param name="pruning">False scores every match: only to measure what MaxScore pruning is worth.</param>
public sealed class RecordSearcher(SearchIndex index, Thesaurus thesaurus, ReaderCache.PerReader? caches = null, bool pruning = true)
{
    private readonly ReaderCache.PerReader _caches = caches ?? new ReaderCache.PerReader(SearchOptions.DefaultScoreCacheBytes);

    public static IReadOnlyList<string> FacetFields { get; } =
        [Documents.SearchFields.Kind, Documents.SearchFields.Theme, Documents.SearchFields.Region, Documents.SearchFields.Municipality, Documents.SearchFields.Evidence];

    /// <exception cref="InvalidSearchQueryException">The query is longer than any search needs.</exception>
    public SearchResult Search(SearchRequest request)
    {
        var parsed = UserQueryParser.Parse(request.Query);
        return index.Read(searcher =>
        {
            var cache = _caches.For(searcher.IndexReader);
            return cache.Result(Key(request), () => Search(searcher, cache, parsed, request));
        });
    }

    private SearchResult Search(IndexSearcher searcher, ReaderCache cache, UserQuery parsed, SearchRequest request)
    {
        var analyzers = index.Analyzers;
        var corrector = new TypoCorrector(searcher, cache.Filter(searcher, SearchFilter.None, request.Statuses), thesaurus, analyzers);
        var built = new QueryBuilder(thesaurus, analyzers.Splitter).Build(parsed, corrector.Correct);
        var tree = ScoreTree.From(searcher.Rewrite(built.Query), searcher.Similarity);
        var allowed = cache.Filter(searcher, request.Filter, request.Statuses);

        var wanted = Math.Max(1, Math.Min(request.Offset + request.Limit + 1, searcher.IndexReader.MaxDoc));
        using var scratch = cache.Scratch();
        var ranked = request.Order == SearchOrder.Relevance
            ? RankedSearch.Search(searcher, tree, cache, allowed, wanted, scratch, pruning)
            : RankedSearch.Sorted(searcher, tree, cache, allowed, wanted, SearchSorts.For(request.Order), scratch);
        var facets = request.Parts.HasFlag(SearchParts.Facets) ? cache.Facets.Count(ranked.Matches) : [];
        var page = ranked.Hits.Skip(request.Offset).ToList();
        var hits = page.Take(request.Limit).Select(h => Hit(searcher, h, request.Parts.HasFlag(SearchParts.Highlights) ? built.Highlight : null)).ToList();
        return new SearchResult(ranked.TotalHits, hits, page.Count > request.Limit, facets, built.SearchedFor, built.Corrections);
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

    /// <summary>Everything that decides a result; the filter by its clauses' exact keys (statuses included).</summary>
    private static string Key(SearchRequest request) => string.Join('\u0001',
        request.Query, request.Filter.Key(request.Statuses),
        request.Order, request.Offset, request.Limit, request.Parts);
}
