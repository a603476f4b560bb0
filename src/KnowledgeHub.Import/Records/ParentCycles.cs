using KnowledgeHub.Data;
using KnowledgeHub.Domain.Records;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeHub.Import.Records;

/// <summary>
/// A record may not end up among its own ancestors. The chain runs through incoming records (which
/// win over their stored versions) and stored ones, so a cycle made by two records of one import
/// is caught as well as one made by moving a stored record under its own descendant.
/// </summary>
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
        var limit = storedParent.Count + entries.Count + 2;
        foreach (var e in withParent)
        {
            if (LeadsBack(e, storedParent, incoming, limit))
            {
                e.Problems.Add(RecordProblem.Invalid("parent", $"'{e.At.Item.Parent}' is this record or one of its descendants"));
            }
        }
    }

    private static bool LeadsBack(UpsertEntry e, Dictionary<int, int> storedParent, Dictionary<int, Record> incoming, int limit)
    {
        // A step is an incoming record, or a stored one known only by id.
        (Record? Record, int? Id) step = (e.Mapped!.Parent, null);
        for (var i = 0; i < limit; i++)
        {
            var id = step.Record is { Id: > 0 } stored ? stored.Id : step.Id;
            if (ReferenceEquals(step.Record, e.Mapped) || (id is not null && id == e.Stored?.Id))
            {
                return true;
            }

            if (id is { } storedId)
            {
                step = incoming.TryGetValue(storedId, out var newer) ? (newer.Parent, null)
                    : storedParent.TryGetValue(storedId, out var parentId) ? (null, parentId) : (null, null);
            }
            else if (step.Record is { } record)
            {
                step = (record.Parent, null);
            }

            if (step.Record is null && step.Id is null)
            {
                return false;
            }
        }

        return true;
    }
}
