using KnowledgeHub.Search.Documents;
using KnowledgeHub.Search.Indexing;
using KnowledgeHub.Search.Querying;
using Lucene.Net.Search;

namespace KnowledgeHub.Search.Searching;

/// <summary>Runs searches against the current searcher of the index: query, filters, sort, page, facets.</summary>
public sealed class RecordSearcher(SearchIndex index, Thesaurus thesaurus)
{
    public static IReadOnlyList<string> FacetFields { get; } =
        [SearchFields.Kind, SearchFields.Theme, SearchFields.Region, SearchFields.Municipality, SearchFields.Evidence];

    /// <exception cref="InvalidSearchQueryException">The query is longer than any search needs.</exception>
    public SearchResult Search(SearchRequest request)
    {
        var parsed = UserQueryParser.Parse(request.Query);
        var searcher = index.Searchers.Acquire();
        try
        {
            var analyzers = index.Analyzers;
            var filter = new QueryWrapperFilter(request.Filter.ToQuery(request.Statuses));
            var visible = new QueryWrapperFilter(SearchFilter.None.ToQuery(request.Statuses));
            var corrector = new TypoCorrector(searcher, visible, thesaurus, analyzers);
            var built = new QueryBuilder(thesaurus, index.Compounds, analyzers.Splitter).Build(parsed, corrector.Correct);

            var wanted = Math.Max(1, Math.Min(request.Offset + request.Limit + 1, searcher.IndexReader.MaxDoc));
            var top = TopFieldCollector.Create(SearchSorts.For(request.Order), wanted, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
            var facets = new FacetCollector(FacetFields);
            searcher.Search(built.Query, filter, MultiCollector.Wrap(top, facets));

            var page = top.GetTopDocs(request.Offset, request.Limit + 1).ScoreDocs;
            var hits = page.Take(request.Limit).Select(d =>
            {
                var stored = StoredHit.From(searcher.Doc(d.Doc));
                return new SearchHit(stored, float.IsNaN(d.Score) ? 0 : d.Score, () => HitHighlighter.Highlight(stored, built.Highlight, analyzers.Highlight));
            }).ToList();
            return new SearchResult(top.TotalHits, hits, page.Length > request.Limit, facets.Results(), built.SearchedFor, built.Corrections);
        }
        finally
        {
            index.Searchers.Release(searcher);
        }
    }
}
