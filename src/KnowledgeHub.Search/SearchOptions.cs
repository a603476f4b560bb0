using KnowledgeHub.Search.Analysis;

namespace KnowledgeHub.Search;

/// <summary>Bound from "KnowledgeHub:Search"; the index lives beside the database unless told otherwise.</summary>
public sealed class SearchOptions
{
    /// <summary>Where the Lucene index lives; by default "index" under KnowledgeHub:DataDirectory.</summary>
    public string? IndexDirectory { get; set; }

    /// <summary>The thesaurus file; by default seed-data/search/thesaurus.txt.</summary>
    public string? ThesaurusPath { get; set; }

    public CompoundStrategy Compounds { get; set; } = CompoundStrategy.Decompound;
}
