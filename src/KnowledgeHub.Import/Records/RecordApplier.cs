using KnowledgeHub.Data;
using KnowledgeHub.Domain.Access;
using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Import.Records;

/// <summary>Writes a planned batch and its change-log rows; the caller commits.</summary>
internal sealed class RecordApplier(KnowledgeHubDbContext db, Actor actor, DateTime now)
{
    /// <summary>Returns the last change-log sequence written, or null when nothing changed.</summary>
    public async Task<long?> ApplyAsync(IReadOnlyList<UpsertEntry> entries, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        // An incoming record that names another incoming one as parent means the stored version of it.
        var storedFor = entries.Where(e => e.Stored is not null && e.Mapped is not null).ToDictionary(e => e.Mapped!, e => e.Stored!);
        Record? Redirect(Record? parent) => parent is not null && storedFor.TryGetValue(parent, out var stored) ? stored : parent;

        var done = 0;
        foreach (var e in entries)
        {
            if (e.Outcome == UpsertOutcome.Created)
            {
                var record = e.Mapped!;
                record.Parent = Redirect(record.Parent);
                record.Create(now);
                db.Records.Add(record);
            }
            else if (e.Outcome == UpsertOutcome.Updated)
            {
                RecordCopier.CopyInto(e.Stored!, e.Mapped!, Redirect);
                e.Stored!.Change(now);
            }

            progress?.Report(++done);
        }

        await db.SaveChangesAsync(cancellationToken);
        var changes = entries.Where(e => e.Outcome is UpsertOutcome.Created or UpsertOutcome.Updated)
            .Select(e => ChangeLog.Entry(
                e.Written!,
                e.Outcome == UpsertOutcome.Created ? ChangeAction.Created : ChangeLog.ForUpdate(e.Before!.Value.Status, e.After!.Value.Status),
                actor, now, e.Before, e.After))
            .ToList();
        db.RecordChanges.AddRange(changes);
        await db.SaveChangesAsync(cancellationToken);
        return changes.Count == 0 ? null : changes.Max(c => c.Sequence);
    }
}
