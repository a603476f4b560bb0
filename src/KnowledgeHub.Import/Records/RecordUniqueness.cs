using KnowledgeHub.Data;
using KnowledgeHub.Domain.Records;
using KnowledgeHub.Import.Seed;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeHub.Import.Records;

/// <summary>
/// Loads the slug and external-id holders a batch needs and applies <see cref="RecordRules"/>'
/// uniqueness rules: checked before writing, so the answer names the field instead of surfacing
/// as a constraint violation.
/// </summary>
internal sealed class RecordUniqueness(KnowledgeHubDbContext db, ReferenceDataMapper refs, HashSet<(int?, string)> seen)
{
    public async Task CheckAsync(List<UpsertEntry> entries, CancellationToken cancellationToken)
    {
        var slugs = entries.Select(e => e.At.Item.Slug).Distinct().ToList();
        var slugHolders = await db.Records.Where(r => slugs.Contains(r.Slug)).Select(r => new { r.Slug, r.Id })
            .ToDictionaryAsync(r => r.Slug, r => r.Id, StringComparer.Ordinal, cancellationToken);
        foreach (var e in entries)
        {
            if (RecordRules.SlugFree(e.At.Item.Slug, slugHolders.TryGetValue(e.At.Item.Slug, out var holder) ? holder : null, e.Stored?.Id) is { } problem)
            {
                e.Problems.Add(problem);
            }
        }

        var externalIds = entries.Select(e => e.At.Item.ExternalId).OfType<string>().Distinct().ToList();
        if (externalIds.Count == 0)
        {
            return;
        }

        var idHolders = (await db.Records.Where(r => r.ExternalId != null && externalIds.Contains(r.ExternalId))
            .Select(r => new { r.Id, r.OwnerOrganisationId, r.ExternalId }).ToListAsync(cancellationToken))
            .ToLookup(h => h.ExternalId!, StringComparer.Ordinal);
        foreach (var e in entries.Where(e => e.At.Item.ExternalId is not null))
        {
            var externalId = e.At.Item.ExternalId!;
            var ownerId = RecordUpserter.OwnerId(refs, e.At.Item.Owner);
            var holder = idHolders[externalId].FirstOrDefault(h => h.OwnerOrganisationId == ownerId);
            if ((RecordRules.ExternalIdFree(externalId, holder?.Id, e.Stored?.Id)
                 ?? (seen.Add((ownerId, externalId)) ? null : RecordRules.ExternalIdRepeated(externalId))) is { } problem)
            {
                e.Problems.Add(problem);
            }
        }
    }
}
