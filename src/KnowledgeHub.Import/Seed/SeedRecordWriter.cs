using KnowledgeHub.Data;
using KnowledgeHub.Domain.Access;
using KnowledgeHub.Domain.Records;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeHub.Import.Seed;

/// <summary>
/// Writes one batch of seed records and their change-log rows inside the import's transaction,
/// then forgets them (ChangeTracker.Clear) and keeps only their slugs and ids. A parent written
/// in an earlier batch is linked by id; one that comes in a later batch is linked at the end.
/// After the first error it only maps, to report every error, and writes nothing more.
/// </summary>
internal sealed class SeedRecordWriter(
    KnowledgeHubDbContext db, ReferenceDataMapper refs, IReadOnlyDictionary<string, RecordKind> slugs,
    List<SeedError> errors, DateTime now, IReadOnlyList<object> referenceEntities, Bulk.BulkRowWriter? bulk = null)
{
    private readonly Dictionary<string, int> _written = new(StringComparer.Ordinal);
    private readonly List<(int Child, string Parent)> _deferred = [];

    public int Written => _written.Count;

    public long? LastSequence { get; private set; }

    public async Task WriteAsync(SeedSet batch, CancellationToken cancellationToken)
    {
        var placeholders = new HashSet<Record>(ReferenceEqualityComparer.Instance);
        var mapper = new RecordMapper(refs, errors, now, slug => Placeholder(slug, placeholders));
        mapper.Map(batch);
        foreach (var (at, entity) in mapper.Mapped.Where(m => _written.ContainsKey(m.Entity.Slug)))
        {
            errors.Add(at.Error("slug", $"duplicate record '{entity.Slug}'"));
        }

        if (errors.Count > 0)
        {
            return;
        }

        var records = mapper.Mapped.Select(m => m.Entity).ToList();
        // The logged form names the parent by slug, so it is taken before a placeholder parent is unlinked.
        var after = records.Select(r => (r.Status, RecordJson.Of(r))).ToList();
        var pending = new List<(Record Child, string Parent)>();
        foreach (var record in records.Where(r => r.Parent is not null && placeholders.Contains(r.Parent)))
        {
            if (record.Parent!.Id > 0)
            {
                record.ParentId = record.Parent.Id;
            }
            else
            {
                pending.Add((record, record.Parent.Slug));
            }

            record.Parent = null;
        }

        await SaveAsync(records, cancellationToken);
        foreach (var record in records)
        {
            _written[record.Slug] = record.Id;
        }

        _deferred.AddRange(pending.Select(p => (p.Child.Id, p.Parent)));
        var changes = records.Select((r, i) => ChangeLog.Entry(r, ChangeAction.Created, Actor.Seed, now, null, after[i])).ToList();
        await SaveAsync(changes, cancellationToken);
        LastSequence = changes.Count > 0 ? changes[^1].Sequence : LastSequence;
    }

    /// <summary>
    /// New entities and what they own. SaveChanges (without a bulk writer) leaves them tracked, so
    /// they are forgotten after each batch; the reference data stays known (as stored) for the next.
    /// </summary>
    public async Task SaveAsync(IEnumerable<object> entities, CancellationToken cancellationToken)
    {
        await Bulk.BulkRowWriter.WriteOrSaveAsync(bulk, db, entities, cancellationToken);
        if (bulk is null)
        {
            db.ChangeTracker.Clear();
            db.AttachRange(referenceEntities);
        }
    }

    /// <summary>Parents named before they were written: linked now that every record has its id.</summary>
    public async Task LinkDeferredParentsAsync(CancellationToken cancellationToken)
    {
        foreach (var (child, parent) in _deferred)
        {
            var parentId = _written[parent];
            await db.Records.Where(r => r.Id == child).ExecuteUpdateAsync(s => s.SetProperty(r => r.ParentId, parentId), cancellationToken);
        }
    }

    /// <summary>A parent outside this batch: written already (it has an id), or later in the import (it gets one then).</summary>
    private Record? Placeholder(string slug, HashSet<Record> placeholders)
    {
        if (!slugs.TryGetValue(slug, out var kind))
        {
            return null;
        }

        var parent = Records.SeedKinds.NewEntity(kind);
        (parent.Id, parent.Slug, parent.Title, parent.Summary) = (_written.GetValueOrDefault(slug), slug, "", "");
        placeholders.Add(parent);
        return parent;
    }
}
