namespace KnowledgeHub.Search.Analysis;

/// <summary>How a search for "forebyggelse" reaches "forebyggelsesstrategi" (docs/search.md has the measurement).</summary>
public enum CompoundStrategy
{
    /// <summary>Split compounds at index time against a dictionary of the corpus's own words.</summary>
    Decompound,

    /// <summary>Index front n-grams of every word in a separate field and match the query word against them.</summary>
    EdgeNGrams,
}
