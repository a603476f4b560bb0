namespace KnowledgeHub.Tests.Consistency;

/// <summary>A measurement that runs only when asked (KNOWLEDGEHUB_MEASURE=1) and on PostgreSQL.</summary>
public sealed class MeasurementFactAttribute : FactAttribute
{
    public MeasurementFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("KNOWLEDGEHUB_MEASURE") != "1")
        {
            Skip = "A measurement: set KNOWLEDGEHUB_MEASURE=1 (and KNOWLEDGEHUB_TEST_POSTGRES) to run it; docs/deployment.md has the command.";
        }
        else if (!TestDatabase.IsPostgres)
        {
            Skip = "Needs PostgreSQL: set KNOWLEDGEHUB_TEST_POSTGRES (tests/postgres/cluster.sh url).";
        }
    }
}
