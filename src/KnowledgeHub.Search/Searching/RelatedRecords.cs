using KnowledgeHub.Search.Documents;
using KnowledgeHub.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;

namespace KnowledgeHub.Search.Searching;

/// <summary>The records most like a given one, by MoreLikeThis over title, summary and body.</summary>
public sealed class RelatedRecords(SearchIndex index, ReaderCache.PerReader? caches = null)
{
    private readonly ReaderCache.PerReader _caches = caches ?? new ReaderCache.PerReader(SearchOptions.DefaultScoreCacheBytes);

    private static readonly string[] Fields = [SearchFields.Title, SearchFields.Summary, SearchFields.Body];

    public IReadOnlyList<int> Find(int recordId, int first, IReadOnlyCollection<string> statuses) =>
        first <= 0 ? [] : index.Read(searcher => Find(searcher, recordId, first, statuses));

    private List<int> Find(IndexSearcher searcher, int recordId, int first, IReadOnlyCollection<string> statuses)
    {
        var own = searcher.Search(new TermQuery(new Term(SearchFields.Id, SearchDocumentMapper.Id(recordId))), 1);
        if (own.TotalHits == 0)
        {
            return [];
        }

        var mlt = new MoreLikeThis(searcher.IndexReader)
        {
            Analyzer = index.Analyzers.Highlight,
            FieldNames = Fields,
            MinTermFreq = 1,
            MinDocFreq = 2,
            MinWordLen = 3,
            MaxQueryTerms = 30,
            ApplyBoost = true,
        };
        var like = new BooleanQuery(disableCoord: true)
        {
            { mlt.Like(own.ScoreDocs[0].Doc), Occur.MUST },
            { new TermQuery(new Term(SearchFields.Id, SearchDocumentMapper.Id(recordId))), Occur.MUST_NOT },
        };
        var visible = _caches.For(searcher.IndexReader).Visible(searcher, statuses);
        var top = searcher.Search(like, visible, first);
        return top.ScoreDocs.Select(d => int.Parse(searcher.Doc(d.Doc).Get(SearchFields.Id), System.Globalization.CultureInfo.InvariantCulture)).ToList();
    }
}