namespace KnowledgeHub.Search.Searching;

/// <summary>One hit of a search: its document in the searcher, score and record id.</summary>
public readonly record struct RankedHit(int Doc, float Score, long RecordId);
