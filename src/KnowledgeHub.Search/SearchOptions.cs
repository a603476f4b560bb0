namespace KnowledgeHub.Search;

/// <summary>Bound from "KnowledgeHub:Search"; the index lives beside the database unless told otherwise.</summary>
public sealed class SearchOptions
{
    /// <summary>Where the Lucene index lives; by default "index" under KnowledgeHub:DataDirectory.</summary>
    public string? IndexDirectory { get; set; }

    /// <summary>The thesaurus file; by default seed-data/search/thesaurus.txt.</summary>
    public string? ThesaurusPath { get; set; }

    /// <summary>How many recent search results the reader's cache keeps (Searching/ReaderCache; a write starts afresh); 0 keeps none.</summary>
    public int ResultCacheSize { get; set; } = 256;

    public const long DefaultScoreCacheBytes = 256L << 20;

    /// <summary>
    /// How much memory the leaf scores searches share per index reader may take (words scored once
    /// per reader, not once per search; see Searching/ReaderCache); past it the least recently used go.
    /// </summary>
    public int ScoreCacheMegabytes { get; set; } = (int)(DefaultScoreCacheBytes >> 20);
}
