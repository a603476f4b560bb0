using KnowledgeHub.Data;
using KnowledgeHub.Import.Seed;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeHub.Import.Records;

/// <summary>
/// Slugs are unique across all records, external ids per owner. Checked before writing, so the
/// answer names the field instead of surfacing as a constraint violation.
/// </summary>
internal sealed class RecordUniqueness(KnowledgeHubDbContext db, ReferenceDataMapper refs)
{
    /// <summary>
    /// Said the same way whoever holds the slug, visible to the writer or not: it tells that the
    /// slug is taken, as uniqueness must, and nothing of the record that holds it.
    /// </summary>
    public static RecordProblem SlugTaken(string slug) =>
        RecordProblem.Invalid("slug", $"'{slug}' cannot be used: slugs are unique across all records; choose another");

    public async Task CheckAsync(List<UpsertEntry> entries, CancellationToken cancellationToken)
    {
        var slugs = entries.Select(e => e.At.Item.Slug).Distinct().ToList();
        var slugHolders = await db.Records.Where(r => slugs.Contains(r.Slug)).ToDictionaryAsync(r => r.Slug, r => r.Id, StringComparer.Ordinal, cancellationToken);
        foreach (var e in entries)
        {
            if (slugHolders.TryGetValue(e.At.Item.Slug, out var holder) && holder != e.Stored?.Id)
            {
                e.Problems.Add(RecordUniqueness.SlugTaken(e.At.Item.Slug));
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
        var seen = new HashSet<(int?, string)>();
        foreach (var e in entries.Where(e => e.At.Item.ExternalId is not null))
        {
            var externalId = e.At.Item.ExternalId!;
            var ownerId = RecordUpserter.OwnerId(refs, e.At.Item.Owner);
            var holder = idHolders[externalId].FirstOrDefault(h => h.OwnerOrganisationId == ownerId);
            if (holder is not null && holder.Id != e.Stored?.Id)
            {
                e.Problems.Add(RecordProblem.Invalid("externalId", $"'{externalId}' is already used by another record of the same owner"));
            }
            else if (!seen.Add((ownerId, externalId)))
            {
                e.Problems.Add(RecordProblem.Invalid("externalId", $"'{externalId}' is given to more than one record"));
            }
        }
    }
}
