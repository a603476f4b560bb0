namespace KnowledgeHub.Tests.Api;

/// <summary>Filters, orders and cursors reach the database as SQL; nothing is filtered in memory.</summary>
public sealed class SqlTranslationTests(SqlLoggingServer server) : IClassFixture<SqlLoggingServer>
{
    [Fact]
    public async Task A_filter_is_a_where_clause_of_the_page_query()
    {
        var statements = await server.StatementsOfAsync(
            """{ municipalities(first: 5, where: { name: { contains: "ø" }, region: { code: { eq: "1084" } } }) { nodes { code } } }""");

        // The page's keys (where the filter is), then its rows by id.
        Assert.Equal(2, statements.Count);
        var page = statements[0];
        Assert.Contains("WHERE", page);
        // SQLite folds with our registered function, PostgreSQL with its own lower().
        Assert.Contains(TestDatabase.IsPostgres ? "lower(m.\"Name\")" : "\"kh_fold\"(\"m\".\"Name\")", page, StringComparison.Ordinal);
        Assert.Contains("\"Regions\"", page);
        Assert.Contains("LIMIT", page);
        Assert.DoesNotContain("\"Name\"", page.Split("FROM")[0], StringComparison.Ordinal);
        Assert.DoesNotContain("LIMIT", statements[1]);
    }
}
