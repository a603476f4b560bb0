using KnowledgeHub.Data;
using KnowledgeHub.Import.Changes;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeHub.Import.Indexing;

/// <summary>On PostgreSQL, tells the other servers after a commit, so their followers wake at once.</summary>
public sealed class PostgresChangeSignal(IDbContextFactory<KnowledgeHubDbContext> contexts) : IRecordChangeHandler
{
    public async Task HandleAsync(long upToSequence, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!db.Database.IsNpgsql())
        {
            return;
        }

        await db.Database.ExecuteSqlAsync(
            $"SELECT pg_notify({ChangeFollowingOptions.Channel}, {upToSequence.ToString(System.Globalization.CultureInfo.InvariantCulture)})",
            cancellationToken);
    }
}
