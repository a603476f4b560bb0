using KnowledgeHub.Api.GraphQL.Http.Caching;
using KnowledgeHub.Data;
using KnowledgeHub.Domain.Places;
using KnowledgeHub.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeHub.Api.Records;

/// <summary>
/// The themes (20) and municipalities (98) in memory, for the child lists of every record page:
/// a page of 50 read them again per page (131 and 105 joined rows with all their columns); now it
/// reads only the link pairs and takes the rows from here. Read again when stale by the rule of
/// every such copy (<see cref="LogFollowingCopy{T}"/>; the seed changes them only with a restart,
/// but a copy that follows the same rule as the others needs no separate argument). The entities
/// are shared: read-only.
/// </summary>
public sealed class ReferenceTables(IDbContextFactory<KnowledgeHubDbContext> contexts, ContentVersion version)
{
    private readonly LogFollowingCopy<Tables> _copy = new(version, async (_, latest, ct) =>
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return (new Tables(await db.Themes.ToDictionaryAsync(t => t.Id, ct), await db.Municipalities.ToDictionaryAsync(m => m.Id, ct)), latest);
    });

    public sealed record Tables(IReadOnlyDictionary<int, Theme> Themes, IReadOnlyDictionary<int, Municipality> Municipalities);

    public ValueTask<Tables> CurrentAsync(CancellationToken cancellationToken) => _copy.CurrentAsync(cancellationToken);
}
