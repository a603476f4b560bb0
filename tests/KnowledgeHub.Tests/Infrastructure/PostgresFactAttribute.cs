namespace KnowledgeHub.Tests.Infrastructure;

/// <summary>
/// A test that needs PostgreSQL (several servers on one database): skipped, saying how to get one,
/// when the suite runs on SQLite. .ci/run runs the suite on both.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!TestDatabase.IsPostgres)
        {
            Skip = "Needs PostgreSQL: tests/postgres/cluster.sh start, then KNOWLEDGEHUB_TEST_POSTGRES=\"$(tests/postgres/cluster.sh url)\" (.ci/run does both).";
        }
    }
}
