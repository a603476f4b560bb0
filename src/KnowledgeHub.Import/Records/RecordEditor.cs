using KnowledgeHub.Data;
using KnowledgeHub.Domain.Access;
using KnowledgeHub.Domain.Records;
using KnowledgeHub.Import.Changes;
using KnowledgeHub.Import.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace KnowledgeHub.Import.Records;

/// <summary>
/// One record at a time, for the mutations. A create or update is a typed record document (an
/// update is the stored record with the given fields replaced) and goes through the same field
/// rules, mapper and planner as an import.
/// </summary>
public sealed class RecordEditor(
    IDbContextFactory<KnowledgeHubDbContext> contexts, SeedSchemas schemas, RecordChangeNotifier notifier, TimeProvider time)
{
    /// <summary>A missing status means a draft.</summary>
    public async Task<EditResult> CreateAsync(Actor actor, RecordSeed given, CancellationToken cancellationToken)
    {
        var kind = SeedKinds.KindOf(given);
        var seed = given with { Status = given.Status ?? RecordStatus.Draft };
        if (await SeedInput.CheckAsync(schemas, kind, seed) is { Count: > 0 } problems)
        {
            return EditResult.Failed(problems);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.BeginWriteTransactionAsync(cancellationToken);
        return await SaveAsync(db, transaction, actor, new UpsertEntry(SeedInput.Locate(kind, seed), UpsertTarget.New), cancellationToken);
    }

    /// <summary>The named <paramref name="fields"/> of <paramref name="given"/> replace the stored ones; a null removes one.</summary>
    public Task<EditResult> UpdateAsync(
        Actor actor, int id, int version, RecordSeed given, IReadOnlyCollection<string> fields, CancellationToken cancellationToken)
    {
        var kind = SeedKinds.KindOf(given);
        return EditAsync(actor, id, version, kind, async (db, transaction, stored) =>
        {
            var seed = SeedInput.Replace(RecordSeed.Of(stored), given, fields);
            if (await SeedInput.CheckAsync(schemas, kind, seed) is { Count: > 0 } problems)
            {
                return EditResult.Failed(problems);
            }

            return await SaveAsync(db, transaction, actor, new UpsertEntry(SeedInput.Locate(kind, seed), UpsertTarget.Known, stored), cancellationToken);
        }, cancellationToken);
    }

    public Task<EditResult> SetStatusAsync(Actor actor, int id, int version, RecordStatus status, CancellationToken cancellationToken) =>
        EditAsync(actor, id, version, null, async (db, transaction, stored) =>
        {
            var before = (stored.Status, RecordJson.Of(stored));
            if (!stored.ChangeStatus(status, time.GetUtcNow().UtcDateTime))
            {
                return EditResult.Done(stored.Id);
            }

            var change = ChangeLog.Entry(stored, ChangeLog.ForUpdate(before.Status, status), actor, stored.UpdatedAt, before, (status, RecordJson.Of(stored)));
            return await CommitAsync(db, transaction, change, stored.Id, cancellationToken);
        }, cancellationToken);

    public Task<EditResult> DeleteAsync(Actor actor, int id, int version, CancellationToken cancellationToken) =>
        EditAsync(actor, id, version, null, async (db, transaction, stored) =>
        {
            if (RecordRules.Deletable(await db.Records.AnyAsync(r => r.ParentId == id, cancellationToken)) is { } problem)
            {
                return EditResult.Failed([problem]);
            }

            var change = ChangeLog.Entry(stored, ChangeAction.Deleted, actor, time.GetUtcNow().UtcDateTime, (stored.Status, RecordJson.Of(stored)), null);
            db.Records.Remove(stored);
            return await CommitAsync(db, transaction, change, stored.Id, cancellationToken);
        }, cancellationToken);

    /// <summary>Runs <paramref name="edit"/> in a write transaction on the stored record, if <see cref="RecordRules.Editable"/> lets this actor change it.</summary>
    private async Task<EditResult> EditAsync(
        Actor actor, int id, int version, RecordKind? kind, Func<KnowledgeHubDbContext, IDbContextTransaction, Record, Task<EditResult>> edit,
        CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.BeginWriteTransactionAsync(cancellationToken);
        var stored = await db.Records.AsTracking().WithEverything().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        return RecordRules.Editable(actor, stored, kind, version) is { } problem ? EditResult.Failed([problem]) : await edit(db, transaction, stored!);
    }

    private async Task<EditResult> SaveAsync(
        KnowledgeHubDbContext db, IDbContextTransaction transaction, Actor actor, UpsertEntry entry, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await new RecordUpserter(db, actor, now).PlanAsync([entry], cancellationToken);
        if (entry.Problems.Count > 0)
        {
            return EditResult.Failed(entry.Problems);
        }

        var last = await new RecordApplier(db, actor, now).ApplyAsync([entry], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (last is { } sequence)
        {
            await notifier.NotifyAsync(sequence);
        }

        return EditResult.Done(entry.Written!.Id);
    }

    private async Task<EditResult> CommitAsync(
        KnowledgeHubDbContext db, IDbContextTransaction transaction, RecordChange change, int recordId, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        db.RecordChanges.Add(change);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await notifier.NotifyAsync(change.Sequence);
        return EditResult.Done(recordId);
    }
}

/// <summary>The record written (its id), or why nothing was.</summary>
public sealed record EditResult(int? RecordId, IReadOnlyList<RecordProblem> Problems)
{
    public static EditResult Done(int id) => new(id, []);

    public static EditResult Failed(IReadOnlyList<RecordProblem> problems) => new(null, problems);
}
