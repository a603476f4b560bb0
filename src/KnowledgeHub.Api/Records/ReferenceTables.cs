using KnowledgeHub.Api.GraphQL.Http.Caching;
using KnowledgeHub.Data;
using KnowledgeHub.Domain.Places;
using KnowledgeHub.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeHub.Api.Records;

/// <summary>
/// The themes (20) and municipalities (98) in memory, for the child lists of every record page:
/// a page of 50 read them again per page (131 and 105 joined rows with all their columns); now it
/// reads only the link pairs and takes the rows from here. Read again when the content version's
/// change-log position moves (the seed changes them only with a restart, but a copy that follows
/// the same rule as the others needs no separate argument). The entities are shared: read-only.
/// </summary>
public sealed class ReferenceTables(IDbContextFactory<KnowledgeHubDbContext> contexts, ContentVersion version)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Tables? _current;

    public sealed record Tables(long Sequence, IReadOnlyDictionary<int, Theme> Themes, IReadOnlyDictionary<int, Municipality> Municipalities);

    public async ValueTask<Tables> CurrentAsync(CancellationToken cancellationToken)
    {
        var latest = await version.SequenceAsync(cancellationToken);
        var current = Volatile.Read(ref _current);
        if (current is not null && current.Sequence >= latest)
        {
            return current;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_current is null || _current.Sequence < latest)
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                Volatile.Write(ref _current, new Tables(latest,
                    await db.Themes.ToDictionaryAsync(t => t.Id, cancellationToken),
                    await db.Municipalities.ToDictionaryAsync(m => m.Id, cancellationToken)));
            }

            return _current;
        }
        finally
        {
            _gate.Release();
        }
    }
}
