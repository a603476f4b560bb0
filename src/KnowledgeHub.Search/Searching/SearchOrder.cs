using KnowledgeHub.Search.Documents;
using Lucene.Net.Search;

namespace KnowledgeHub.Search.Searching;

public enum SearchOrder
{
    /// <summary>Best match first.</summary>
    Relevance,

    /// <summary>The most recent start year first; records without a year last.</summary>
    Newest,

    /// <summary>By title in Danish alphabetical order.</summary>
    Title,
}

public static class SearchSorts
{
    private static readonly SortField ById = new(SearchFields.SortId, SortFieldType.INT64);

    /// <summary>Every order ends with the record id, so equal keys never swap places between pages.</summary>
    public static Sort For(SearchOrder order) => order switch
    {
        SearchOrder.Newest => new Sort(
            new SortField(SearchFields.SortYear, SortFieldType.INT64, reverse: true),
            new SortField(SearchFields.SortUpdated, SortFieldType.INT64, reverse: true),
            ById),
        SearchOrder.Title => new Sort(new SortField(SearchFields.SortTitle, SortFieldType.STRING), ById),
        _ => new Sort(SortField.FIELD_SCORE, ById),
    };
}
