using System.Globalization;
using GraphQL;
using GraphQL.Types;
using KnowledgeHub.Api.Access;
using KnowledgeHub.GraphQL.DataLoading;
using KnowledgeHub.Api.GraphQL.DataLoading;
using KnowledgeHub.GraphQL.Errors;
using KnowledgeHub.GraphQL.Paging;
using KnowledgeHub.Api.Records;
using KnowledgeHub.Domain.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KnowledgeHub.Api.Changes;

/// <summary>
/// The change log read two ways: `changes`, the public feed a partner follows to keep a copy in
/// sync, and `recordHistory`, a record's audit trail for editors. Both page forward by sequence,
/// and a cursor is the sequence itself, so it stays valid for ever.
/// </summary>
public static class ChangeQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionGraphType<RecordChangeGraphType>>>("changes")
            .Description("Changes to what anonymous readers see, in commit order. Keep the last cursor and ask again with `after` for what changed since.")
            .Argument<StringGraphType>("after", "Only changes after this cursor (a sequence number).")
            .Argument<IntGraphType>("first", "How many changes, at most the maximum page size.")
            .ResolveAsync(async c => await PageAsync(c, q => q.Where(x => x.PublicChange)));

        query.Field<NonNullGraphType<ConnectionGraphType<RecordHistoryEntryGraphType>>>("recordHistory")
            .Description("Every change to one record, oldest first, with who made it and the record before and after. Needs an editor or admin key.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The record's id; its history outlives it.")
            .Argument<StringGraphType>("after", "Only changes after this cursor (a sequence number).")
            .Argument<IntGraphType>("first", "How many changes, at most the maximum page size.")
            .ResolveAsync(async c =>
            {
                c.RequireEditor();
                var id = RecordPayloads.DecodeRecordId(c.GetArgument<string>("id"), null) ?? -1;
                return await PageAsync(c, q => q.Where(x => x.RecordId == id));
            });
    }

    private static async Task<Connection> PageAsync(IResolveFieldContext c, Func<IQueryable<RecordChange>, IQueryable<RecordChange>> filter)
    {
        var options = c.RequestServices!.GetRequiredService<IOptions<PagingOptions>>().Value;
        var first = PagingArguments.From(c, options).First ?? options.DefaultPageSize;
        var after = Cursor(c.GetArgument<string?>("after"));
        var contexts = c.Contexts();
        await using var db = await contexts.CreateDbContextAsync(c.CancellationToken);
        var rows = await filter(db.RecordChanges).Where(x => x.Sequence > after).OrderBy(x => x.Sequence).Take(first + 1).ToListAsync(c.CancellationToken);
        var edges = rows.Take(first).Select(r => new Edge(r.Sequence.ToString(CultureInfo.InvariantCulture), r)).ToList();
        var earlier = after > 0 && await filter(db.RecordChanges).AnyAsync(x => x.Sequence <= after, c.CancellationToken);
        var pageInfo = new PageInfo(rows.Count > first, earlier, () => edges.FirstOrDefault()?.Cursor, () => edges.LastOrDefault()?.Cursor);
        return new Connection(edges, pageInfo, () => DataLoaderResults.FromAsync(async ct =>
        {
            await using var counting = await contexts.CreateDbContextAsync(ct);
            return await filter(counting.RecordChanges).CountAsync(ct);
        }));
    }

    private static long Cursor(string? after) =>
        after is null ? 0
        : long.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) ? sequence
        : throw PagingError.InvalidCursor("A change cursor is a sequence number, as `cursor` and `sequence` give it.");
}
