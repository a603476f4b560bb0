using KnowledgeHub.Data;
using KnowledgeHub.Domain.Access;
using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Import.Records;

/// <summary>
/// Writes a planned batch and its change-log rows; the caller commits. An import that only
/// creates records (a partner's first load of a corpus) is written set-based when
/// <paramref name="bulk"/> is on (<see cref="Bulk.BulkRowWriter"/>: the same rows); one that
/// also changes stored records goes through SaveChanges, which orders the deletes and updates of
/// their rows.
/// </summary>
internal sealed class RecordApplier(KnowledgeHubDbContext db, Actor actor, DateTime now, bool bulk = false)
{
    /// <summary>Returns the last change-log sequence written, or null when nothing changed.</summary>
    public async Task<long?> ApplyAsync(IReadOnlyList<UpsertEntry> entries, CancellationToken cancellationToken)
    {
        // An incoming record that names another incoming one as parent means the stored version of it.
        var storedFor = entries.Where(e => e.Stored is not null && e.Mapped is not null).ToDictionary(e => e.Mapped!, e => e.Stored!);
        Record? Redirect(Record? parent) => parent is not null && storedFor.TryGetValue(parent, out var stored) ? stored : parent;

        await using var writer = bulk && entries.All(e => e.Outcome is not UpsertOutcome.Updated) ? new Bulk.BulkRowWriter(db) : null;
        var created = new List<Record>();
        foreach (var e in entries)
        {
            if (e.Outcome == UpsertOutcome.Created)
            {
                var record = e.Mapped!;
                record.Parent = Redirect(record.Parent);
                record.Create(now);
                created.Add(record);
            }
            else if (e.Outcome == UpsertOutcome.Updated)
            {
                RecordCopier.CopyInto(e.Stored!, e.Mapped!, Redirect);
                e.Stored!.Change(now);
            }
        }

        await Bulk.BulkRowWriter.WriteOrSaveAsync(writer, db, created, cancellationToken);
        var changes = entries.Where(e => e.Outcome is UpsertOutcome.Created or UpsertOutcome.Updated)
            .Select(e => ChangeLog.Entry(
                e.Written!,
                e.Outcome == UpsertOutcome.Created ? ChangeAction.Created : ChangeLog.ForUpdate(e.Before!.Value.Status, e.After!.Value.Status),
                actor, now, e.Before, e.After))
            .ToList();
        await Bulk.BulkRowWriter.WriteOrSaveAsync(writer, db, changes, cancellationToken);
        if (writer is not null)
        {
            await writer.FinishAsync(cancellationToken);
        }

        return changes.Count == 0 ? null : changes.Max(c => c.Sequence);
    }
}
