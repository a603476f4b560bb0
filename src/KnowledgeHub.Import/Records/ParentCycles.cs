using KnowledgeHub.Data;
using KnowledgeHub.Domain.Records;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeHub.Import.Records;

/// <summary>Loads what <see cref="RecordAncestry"/> needs for a batch and applies its rule.</summary>
internal sealed class ParentCycles(KnowledgeHubDbContext db)
{
    public async Task CheckAsync(List<UpsertEntry> entries, CancellationToken cancellationToken)
    {
        var withParent = entries.Where(e => e.Mapped?.Parent is not null).ToList();
        if (withParent.Count == 0)
        {
            return;
        }

        var storedParent = await db.Records.Where(r => r.ParentId != null)
            .Select(r => new { r.Id, ParentId = r.ParentId!.Value }).ToDictionaryAsync(x => x.Id, x => x.ParentId, cancellationToken);
        var incoming = entries.Where(e => e.Stored is not null && e.Mapped is not null).ToDictionary(e => e.Stored!.Id, e => e.Mapped!);
        var ancestry = new RecordAncestry(storedParent, incoming, entries.Count);
        foreach (var e in withParent.Where(e => ancestry.LeadsBack(e.Mapped!, e.Stored?.Id)))
        {
            e.Problems.Add(RecordRules.ParentIsDescendant(e.At.Item.Parent!));
        }
    }
}
