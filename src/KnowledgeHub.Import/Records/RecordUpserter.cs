using KnowledgeHub.Data;
using KnowledgeHub.Domain.Access;
using KnowledgeHub.Domain.Records;
using KnowledgeHub.Import.Seed;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeHub.Import.Records;

/// <summary>
/// Plans a batch of incoming records against the database inside the caller's write transaction:
/// who may write what, which stored record each one changes, the defaults, uniqueness, the
/// shared seed mapper (the same rules as the seed import), parent cycles, and whether anything
/// changed at all. Writes nothing; <see cref="RecordApplier"/> does. An import planned a file at
/// a time passes the (owner, externalId) pairs its earlier files used, so a repeat across files is
/// refused as one within a file is.
/// </summary>
internal sealed class RecordUpserter(KnowledgeHubDbContext db, Actor actor, DateTime now, HashSet<(int?, string)>? externalIds = null)
{
    public async Task PlanAsync(IReadOnlyList<UpsertEntry> entries, CancellationToken cancellationToken)
    {
        var refs = await StoredData.LoadReferencesAsync(db, cancellationToken);
        var ownSlug = refs.Organisations.All.FirstOrDefault(o => o.Id == actor.OrganisationId)?.Slug;
        foreach (var e in entries)
        {
            ForceOwner(e, ownSlug);
        }

        await MatchAsync(entries.Where(e => e.TargetKind == UpsertTarget.Match && Ok(e)).ToList(), refs, cancellationToken);
        foreach (var e in entries.Where(Ok))
        {
            CheckStored(e);
            FillDefaults(e);
        }

        await new RecordUniqueness(db, refs, externalIds ?? []).CheckAsync(entries.Where(Ok).ToList(), cancellationToken);
        await MapAsync(entries.Where(Ok).ToList(), refs, cancellationToken);
        await new ParentCycles(db).CheckAsync(entries.Where(Ok).ToList(), cancellationToken);

        foreach (var e in entries.Where(Ok))
        {
            Compare(e);
        }
    }

    private static bool Ok(UpsertEntry e) => e.Problems.Count == 0;

    /// <summary>A partner writes for its own organisation: the owner is that, or the record is refused.</summary>
    private void ForceOwner(UpsertEntry e, string? ownSlug)
    {
        if (!actor.IsPartner)
        {
            return;
        }

        if (RecordRules.OwnerInScope(actor, e.At.Item.Owner, ownSlug) is { } problem)
        {
            e.Problems.Add(problem);
        }

        e.At = e.At with { Item = e.At.Item with { Owner = ownSlug } };
    }

    /// <summary>Finds the stored record each imported one changes: by (owner, externalId), else by slug.</summary>
    private async Task MatchAsync(List<UpsertEntry> entries, ReferenceDataMapper refs, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return;
        }

        var slugs = entries.Select(e => e.At.Item.Slug).Distinct().ToList();
        var externalIds = entries.Select(e => e.At.Item.ExternalId).OfType<string>().Distinct().ToList();
        var ids = (await db.Records.Where(r => slugs.Contains(r.Slug)).Select(r => r.Id).ToListAsync(cancellationToken))
            .Union(await db.Records.Where(r => r.ExternalId != null && externalIds.Contains(r.ExternalId)).Select(r => r.Id).ToListAsync(cancellationToken))
            .ToList();
        var candidates = new List<Record>();
        // In slices of 1,000: each slice is a dozen split statements and shapers built anew, which was half of an unchanged
        // 100k re-import's CPU at 100 per slice; SQLite slows down more than linearly on one split query over many thousands.
        foreach (var slice in ids.Chunk(1000))
        {
            candidates.AddRange(await db.Records.AsTracking().WithEverything().Where(r => slice.Contains(r.Id)).ToListAsync(cancellationToken));
        }

        var bySlug = candidates.ToDictionary(r => r.Slug, StringComparer.Ordinal);
        var byExternalId = candidates.Where(r => r.ExternalId is not null).ToLookup(r => r.ExternalId!, StringComparer.Ordinal);
        foreach (var e in entries)
        {
            var seed = e.At.Item;
            if (seed.ExternalId is { } externalId)
            {
                var ownerId = OwnerId(refs, seed.Owner);
                e.Stored = byExternalId[externalId].FirstOrDefault(r => r.OwnerOrganisationId == ownerId);
                continue;
            }

            var sameSlug = bySlug.GetValueOrDefault(seed.Slug);
            if (sameSlug is not null && !actor.MayEdit(sameSlug.OwnerOrganisationId))
            {
                // Said the same way whether or not this actor may see the other record.
                e.Problems.Add(RecordRules.SlugTaken(seed.Slug));
                continue;
            }

            e.Stored = sameSlug;
        }
    }

    private void CheckStored(UpsertEntry e)
    {
        if (e.Stored is not { } stored)
        {
            return;
        }

        var field = e.At.Item.ExternalId is not null && e.TargetKind == UpsertTarget.Match ? "externalId" : "slug";
        if ((RecordRules.InScope(actor, stored, "owner") ?? RecordRules.SameKind(stored, e.Kind, field)) is { } problem)
        {
            e.Problems.Add(problem);
        }
    }

    /// <summary>What an import leaves out stays as stored; a new record starts as a draft.</summary>
    private static void FillDefaults(UpsertEntry e)
    {
        var seed = e.At.Item;
        e.At = e.At with
        {
            Item = seed with
            {
                Owner = seed.Owner ?? e.Stored?.OwnerOrganisation?.Slug,
                ExternalId = seed.ExternalId ?? e.Stored?.ExternalId,
                Status = seed.Status ?? e.Stored?.Status ?? RecordStatus.Draft,
            },
        };
    }

    private async Task MapAsync(List<UpsertEntry> entries, ReferenceDataMapper refs, CancellationToken cancellationToken)
    {
        var set = new SeedSet();
        foreach (var e in entries)
        {
            set.AddRecord(e.At);
        }

        var incoming = entries.Select(e => e.At.Item.Slug).ToHashSet(StringComparer.Ordinal);
        var parentSlugs = entries.Select(e => e.At.Item.Parent).OfType<string>().Where(s => !incoming.Contains(s)).Distinct().ToList();
        var parents = (await db.Records.AsTracking().Where(r => parentSlugs.Contains(r.Slug)).ToListAsync(cancellationToken))
            .Where(r => actor.Sees(r.Status, r.OwnerOrganisationId))
            .ToDictionary(r => r.Slug, StringComparer.Ordinal);

        var errors = new List<SeedError>();
        var mapper = new RecordMapper(refs, errors, now, slug => parents.GetValueOrDefault(slug));
        mapper.Map(set);
        // The file too: an import of several files has a programs[0] in each.
        var byPosition = entries.ToDictionary(e => (e.At.File, e.At.Kind, e.At.Index));
        foreach (var (at, entity) in mapper.Mapped)
        {
            byPosition[(at.File, at.Kind, at.Index)].Mapped = entity;
        }

        foreach (var error in errors)
        {
            if (error.Kind is { } kind && error.Index is { } index && byPosition.TryGetValue((error.File, kind, index), out var e))
            {
                e.Problems.Add(RecordProblem.Invalid(error.Field, error.Message));
            }
        }
    }

    private static void Compare(UpsertEntry e)
    {
        var mapped = e.Mapped!;
        e.After = (mapped.Status, RecordJson.Of(mapped));
        if (e.Stored is not { } stored)
        {
            e.Outcome = UpsertOutcome.Created;
            return;
        }

        e.Before = (stored.Status, RecordJson.Of(stored));
        e.Outcome = e.Before.Value.Json == e.After.Value.Json ? UpsertOutcome.Unchanged : UpsertOutcome.Updated;
    }

    internal static int? OwnerId(ReferenceDataMapper refs, string? ownerSlug) =>
        ownerSlug is null ? null : refs.Organisations.Find(ownerSlug)?.Id;
}
