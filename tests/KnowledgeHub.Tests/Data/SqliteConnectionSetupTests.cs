using KnowledgeHub.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeHub.Tests.Data;

/// <summary>
/// The server's SQLite connections keep what SqliteConnectionSetup gives them once (foreign keys,
/// the DANISH collation, kh_fold) on every reuse: pooled contexts and pooled handles come back.
/// </summary>
public sealed class SqliteConnectionSetupTests(KnowledgeHubFactory factory) : IClassFixture<KnowledgeHubFactory>
{
    [Fact]
    public async Task Every_pooled_open_has_foreign_keys_the_collation_and_the_folding_function()
    {
        if (TestDatabase.IsPostgres)
        {
            return;
        }

        var contexts = factory.Services.GetRequiredService<IDbContextFactory<KnowledgeHubDbContext>>();
        for (var i = 0; i < 4; i++)
        {
            await using var db = await contexts.CreateDbContextAsync();
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "SELECT (SELECT foreign_keys FROM pragma_foreign_keys), 'aa' > 'z' COLLATE DANISH, kh_fold('ÆRØ')";
            await using var reader = await command.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            Assert.Equal(1L, reader.GetInt64(0));
            Assert.Equal(1L, reader.GetInt64(1)); // "aa" is å, after z
            Assert.Equal("ærø", reader.GetString(2));
        }
    }
}
