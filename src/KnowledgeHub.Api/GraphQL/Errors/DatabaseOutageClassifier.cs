using KnowledgeHub.GraphQL.Errors;
using KnowledgeHub.Data;

namespace KnowledgeHub.Api.GraphQL.Errors;

/// <summary>The outage the GraphQL layer answers with 503: the database's (SQLite or PostgreSQL).</summary>
public sealed class DatabaseOutageClassifier : IOutageClassifier
{
    public bool IsOutage(Exception? exception) => DatabaseUnavailable.Is(exception);
}
