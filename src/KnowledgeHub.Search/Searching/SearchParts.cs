namespace KnowledgeHub.Search.Searching;

/// <summary>
/// The optional parts of a search result, so a request pays only for what it shows. The total and
/// what was searched (typo corrections included) always come: counting is free while the top hits
/// are collected, and a correction changes which records match.
/// </summary>
[Flags]
public enum SearchParts
{
    None = 0,

    /// <summary>Counts per facet over every matching record: a pass over each hit's doc values.</summary>
    Facets = 1,

    /// <summary>Marked fragments per hit: each hit's stored text is read and analysed.</summary>
    Highlights = 2,

    All = Facets | Highlights,
}
