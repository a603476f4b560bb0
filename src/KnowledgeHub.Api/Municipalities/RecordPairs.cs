using KnowledgeHub.Api.Records;
using KnowledgeHub.Domain.Records;
using KnowledgeHub.Domain.Access;

namespace KnowledgeHub.Api.Municipalities;

/// <summary>
/// One immutable copy of the pairs: each municipality's record ids, sorted and distinct, how many
/// of them are published, and the records that are not (with their owner). Readers share it
/// without locks; a change makes a new copy that shares every untouched municipality's array.
/// </summary>
internal sealed class RecordPairs
{
    private static readonly int[] None = [];

    private readonly Dictionary<int, int[]> _ids;
    private readonly Dictionary<int, int> _published;
    private readonly Dictionary<int, Unpublished> _unpublished;

    private RecordPairs(Dictionary<int, int[]> ids, Dictionary<int, int> published, Dictionary<int, Unpublished> unpublished, long sequence)
    {
        (_ids, _published, _unpublished, Sequence) = (ids, published, unpublished, sequence);
    }

    /// <summary>The last change-log entry this copy reflects.</summary>
    public long Sequence { get; }

    public static RecordPairs From(PairData data, long sequence)
    {
        // Lists sorted and deduplicated in place: a million pairs in one pass, not a LINQ pipeline per municipality.
        var lists = new Dictionary<int, List<int>>();
        foreach (var pair in data.Pairs)
        {
            if (!lists.TryGetValue(pair.MunicipalityId, out var list))
            {
                lists[pair.MunicipalityId] = list = [];
            }

            list.Add(pair.RecordId);
        }

        var ids = lists.ToDictionary(l => l.Key, l => SortedDistinct(l.Value));
        return new RecordPairs(ids, ids.ToDictionary(m => m.Key, m => Published(m.Value, data.Unpublished)), data.Unpublished, sequence);
    }

    private static int[] SortedDistinct(List<int> ids)
    {
        ids.Sort();
        var kept = 0;
        for (var i = 0; i < ids.Count; i++)
        {
            if (kept == 0 || ids[i] != ids[kept - 1])
            {
                ids[kept++] = ids[i];
            }
        }

        return ids.GetRange(0, kept).ToArray();
    }

    /// <summary>A copy in which the <paramref name="changed"/> records' pairs and states are as <paramref name="fresh"/> says.</summary>
    public RecordPairs With(IReadOnlyCollection<int> changed, PairData fresh, long sequence)
    {
        if (changed.Count == 0)
        {
            return new RecordPairs(_ids, _published, _unpublished, sequence);
        }

        var unpublished = new Dictionary<int, Unpublished>(_unpublished);
        foreach (var id in changed)
        {
            unpublished.Remove(id);
        }

        foreach (var (id, state) in fresh.Unpublished)
        {
            unpublished[id] = state;
        }

        var gone = changed.ToHashSet();
        var added = fresh.Pairs.GroupBy(p => p.MunicipalityId).ToDictionary(g => g.Key, g => g.Select(p => p.RecordId));
        var ids = new Dictionary<int, int[]>(_ids);
        var published = new Dictionary<int, int>(_published);
        foreach (var municipality in _ids.Keys.Union(added.Keys))
        {
            var before = _ids.GetValueOrDefault(municipality) ?? None;
            var adds = added.GetValueOrDefault(municipality);
            if (adds is null && !before.Any(gone.Contains))
            {
                continue;
            }

            var after = before.Where(id => !gone.Contains(id)).Concat(adds ?? []).Distinct().Order().ToArray();
            ids[municipality] = after;
            published[municipality] = Published(after, unpublished);
        }

        return new RecordPairs(ids, published, unpublished, sequence);
    }

    public int Count(int municipality, Actor reader)
    {
        var ids = _ids.GetValueOrDefault(municipality) ?? None;
        if (reader.IsEditor)
        {
            return ids.Length;
        }

        // The published ones, and those of the rest the reader may see (a partner's own): few.
        var count = _published.GetValueOrDefault(municipality);
        foreach (var (id, state) in _unpublished)
        {
            if (reader.Sees(state.Status, state.OwnerOrganisationId) && Array.BinarySearch(ids, id) >= 0)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Ids after <paramref name="after"/> and before <paramref name="before"/>, from the front (or the back), at most <paramref name="take"/>.</summary>
    public IReadOnlyList<int> Page(int municipality, Actor reader, int? after, int? before, int take, bool backward)
    {
        var ids = _ids.GetValueOrDefault(municipality) ?? None;
        var from = after is { } a ? Position(ids, a, past: true) : 0;
        var to = before is { } b ? Position(ids, b, past: false) : ids.Length;
        var page = new List<int>(Math.Min(take, Math.Max(0, to - from)));
        for (var i = backward ? to - 1 : from; page.Count < take && i >= from && i < to; i += backward ? -1 : 1)
        {
            if (Visible(ids[i], reader))
            {
                page.Add(ids[i]);
            }
        }

        return page;
    }

    private bool Visible(int id, Actor reader) =>
        !_unpublished.TryGetValue(id, out var state) || reader.Sees(state.Status, state.OwnerOrganisationId);

    /// <summary>The first index holding an id greater than <paramref name="id"/> (<paramref name="past"/>) or not less than it.</summary>
    private static int Position(int[] ids, int id, bool past)
    {
        var found = Array.BinarySearch(ids, id);
        return found >= 0 ? found + (past ? 1 : 0) : ~found;
    }

    private static int Published(int[] ids, Dictionary<int, Unpublished> unpublished) =>
        unpublished.Count == 0 ? ids.Length : ids.Count(id => !unpublished.ContainsKey(id));
}
