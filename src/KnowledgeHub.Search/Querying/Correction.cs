namespace KnowledgeHub.Search.Querying;

/// <summary>A word that matched nothing and the known word searched for instead.</summary>
public sealed record Correction(string From, string To);
