using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace KnowledgeHub.Search.Searching;

/// <summary>
/// Results of recent searches, per index reader: the same request against the same reader gives
/// the same result, and any write opens a new reader, so an entry can never be stale (a reader's
/// entries go with it). Popular searches (a front page, a search box's common words) are then
/// answered without scoring every matching record again. Bounded, because queries come from users.
/// </summary>
public sealed class SearchResultCache(int maxEntriesPerReader)
{
    private readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<string, SearchResult>> _readers = new();

    public SearchResult GetOrAdd(IndexReader reader, SearchRequest request, Func<SearchResult> search)
    {
        if (maxEntriesPerReader <= 0)
        {
            return search();
        }

        var entries = _readers.GetValue(reader, _ => new ConcurrentDictionary<string, SearchResult>(StringComparer.Ordinal));
        var key = Key(request);
        if (entries.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var result = search();
        if (entries.Count >= maxEntriesPerReader)
        {
            entries.Clear();
        }

        entries[key] = result;
        return result;
    }

    /// <summary>Everything that decides a result; the filter by its clauses' exact keys (statuses included).</summary>
    private static string Key(SearchRequest request) => string.Join('\u0001',
        request.Query, request.Filter.Key(request.Statuses),
        request.Order, request.Offset, request.Limit, request.Parts);
}
