using KnowledgeHub.GraphQL.Sorting;

namespace KnowledgeHub.GraphQL.Paging;

/// <summary>
/// A page read as sort-key values first (the unique key last), then its rows by that key: the
/// root pager, the batched child pager and the in-memory child index all join the two here.
/// </summary>
public static class KeysThenRows
{
    public static int UniqueKey(object?[] keys) => Convert.ToInt32(keys[^1], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The rows in the keys' order; a row gone since the keys were read (deleted, unpublished) is left out.</summary>
    public static List<PageRow<T>> Join<T>(IEnumerable<object?[]> keys, IReadOnlyDictionary<int, T> rows) =>
        [.. keys.Where(k => rows.ContainsKey(UniqueKey(k))).Select(k => new PageRow<T> { Node = rows[UniqueKey(k)], Keys = k })];
}
