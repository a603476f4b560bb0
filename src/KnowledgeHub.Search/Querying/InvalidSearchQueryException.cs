namespace KnowledgeHub.Search.Querying;

/// <summary>A query that cannot be searched even as plain words; the API reports it as INVALID_SEARCH_QUERY.</summary>
public sealed class InvalidSearchQueryException(string message) : Exception(message);
