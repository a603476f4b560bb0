using System.Diagnostics;
using System.Linq.Expressions;
using KnowledgeHub.GraphQL.Http.Caching;
using KnowledgeHub.Api.GraphQL.Http.Caching;
using KnowledgeHub.GraphQL.Paging;
using KnowledgeHub.Api.GraphQL.Paging;
using KnowledgeHub.Data;
using KnowledgeHub.Domain.Access;
using KnowledgeHub.Domain.Places;
using KnowledgeHub.Domain.Records;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeHub.Api.Municipalities;

/// <summary>
/// Every municipality's records (the pairs of <see cref="MunicipalityRecords"/>) in memory, in id
/// order, following the change log. In SQL each parent's first page numbered all its pairs and
/// read every paired record's row for its status: 50 municipalities took 0.3 s at 100,000
/// records and 6 s at a million. Here a page is a walk from the cursor and a count is a lookup.
/// Only records that are not published are remembered by status (with their owner, for
/// partners), so the copy is the pairs themselves: about 5 MB at a million records.
/// It is stale by the rule of every such copy (<see cref="LogFollowingCopy{T}"/>) and catches up
/// by re-reading the records the log names since.
/// A declared cache in front of <see cref="SqlChildKeys{TParent, T}"/>, through the same
/// interface: it answers counts without a filter, and pages without a filter in the default
/// order (the id alone); anything else it passes to SQL.
/// </summary>
public sealed class MunicipalityRecordPairs(
    IDbContextFactory<KnowledgeHubDbContext> contexts, ContentVersion version, ILogger<MunicipalityRecordPairs> logger) : IChildKeys<Record>
{
    private readonly SqlChildKeys<Municipality, Record> _sql = new(MunicipalityRecords.Source);

    // More changed records than this since the copy was made: reading all pairs again is cheaper.
    private const int MaxChangesApplied = 2_000;

    private readonly LogFollowingCopy<RecordPairs> _copy = new(version, async (current, latest, ct) =>
    {
        var pairs = await UpdateAsync(contexts, logger, current, latest, ct);
        return (pairs, pairs.Sequence);
    });

    public async Task<Dictionary<int, IEnumerable<object?[]>>> PageKeysAsync(
        KnowledgeHubDbContext db, PageRequest<Record> request, IReadOnlyCollection<int> parentIds, Actor reader, CancellationToken ct)
    {
        if (request.Filter is not null || request.Ordering.Keys.Count != 1)
        {
            return await _sql.PageKeysAsync(db, request, parentIds, reader, ct);
        }

        var pairs = await CurrentAsync(ct);
        var (after, before) = (Key(request.After), Key(request.Before));
        return parentIds.Distinct().ToDictionary(p => p, p => pairs.Page(p, reader, after, before, request.Size + 1, request.Backward)
            .Select(id => new object?[] { id }));

        static int? Key(IReadOnlyList<object?>? cursor) => cursor is null ? null : KeysThenRows.UniqueKey([.. cursor]);
    }

    public async Task<IReadOnlyDictionary<int, int>> CountsAsync(
        KnowledgeHubDbContext db, Expression<Func<Record, bool>>? filter, IReadOnlyCollection<int> parentIds, Actor reader, CancellationToken ct)
    {
        if (filter is not null)
        {
            return await _sql.CountsAsync(db, filter, parentIds, reader, ct);
        }

        var pairs = await CurrentAsync(ct);
        return parentIds.Distinct().ToDictionary(p => p, p => pairs.Count(p, reader));
    }

    private ValueTask<RecordPairs> CurrentAsync(CancellationToken cancellationToken) => _copy.CurrentAsync(cancellationToken);

    private static async Task<RecordPairs> UpdateAsync(
        IDbContextFactory<KnowledgeHubDbContext> contexts, ILogger logger, RecordPairs? current, long latest, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (current is not null)
        {
            var changes = await db.RecordChanges.Where(c => c.Sequence > current.Sequence).OrderBy(c => c.Sequence)
                .Select(c => new { c.Sequence, c.RecordId }).Take(MaxChangesApplied + 1).ToListAsync(cancellationToken);
            if (changes.Count <= MaxChangesApplied)
            {
                var changed = changes.Select(c => c.RecordId).Distinct().ToList();
                var sequence = Math.Max(latest, changes.Count == 0 ? 0 : changes[^1].Sequence);
                return current.With(changed, await ReadAsync(db, changed, cancellationToken), sequence);
            }
        }

        // The position first: the pairs read after it reflect at least that much of the log.
        var started = Stopwatch.GetTimestamp();
        var position = await db.RecordChanges.MaxAsync(c => (long?)c.Sequence, cancellationToken) ?? 0;
        var data = await ReadAsync(db, null, cancellationToken);
        var pairs = RecordPairs.From(data, position);
        logger.LogInformation("Read {Pairs} municipality-record pairs ({Unpublished} records unpublished) at change {Sequence} in {Elapsed:0} ms",
            data.Pairs.Count, data.Unpublished.Count, position, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return pairs;
    }

    /// <summary>The pairs and the unpublished records among <paramref name="ids"/>, or of every record.</summary>
    private static async Task<PairData> ReadAsync(KnowledgeHubDbContext db, List<int>? ids, CancellationToken cancellationToken)
    {
        var links = ids is null ? db.RecordMunicipalities : db.RecordMunicipalities.Where(l => ids.Contains(l.RecordId));
        var implementations = ids is null ? db.Implementations : db.Implementations.Where(i => ids.Contains(i.RecordId));
        var records = ids is null ? db.Records : db.Records.Where(r => ids.Contains(r.Id));
        var pairs = await links.Select(l => new Pair(l.MunicipalityId, l.RecordId)).ToListAsync(cancellationToken);
        pairs.AddRange(await implementations.Where(i => i.MunicipalityId != null)
            .Select(i => new Pair(i.MunicipalityId!.Value, i.RecordId)).ToListAsync(cancellationToken));
        // The unpublished by status alone first (an index holds it, so no record row is read), then their owners.
        var unpublished = await records.Where(r => r.Status != RecordStatus.Published).Select(r => r.Id).ToListAsync(cancellationToken);
        var owners = new Dictionary<int, Unpublished>();
        foreach (var chunk in unpublished.Chunk(1_000))
        {
            foreach (var r in await db.Records.Where(r => chunk.Contains(r.Id))
                         .Select(r => new { r.Id, r.Status, r.OwnerOrganisationId }).ToListAsync(cancellationToken))
            {
                owners[r.Id] = new Unpublished(r.Status, r.OwnerOrganisationId);
            }
        }

        return new PairData(pairs, owners);
    }
}

internal readonly record struct Pair(int MunicipalityId, int RecordId);

internal sealed record Unpublished(RecordStatus Status, int? OwnerOrganisationId);

/// <summary>What was read: the pairs (duplicates included), and the unpublished records among them.</summary>
internal sealed record PairData(List<Pair> Pairs, Dictionary<int, Unpublished> Unpublished);
