using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace KnowledgeHub.GraphQL.Http.Caching;

/// <summary>
/// The serialised answers of recent cacheable queries, GET or POST, by their <see cref="CacheKey"/>.
/// The key holds the content version, so a write is never answered from before it. The one
/// eviction rule: answers are kept for the newest content version only, within the budget (least
/// recently used first out). The first request that sees a new version starts an empty cache and
/// the old one goes whole: its answers could never be asked for again, and while they waited for
/// the budget to push them out they were most of the server's memory growth under writes (a full
/// 64 MB of dead answers in the soak of issue 21). Only complete answers without errors are kept
/// (an error may be passing: a timeout, a cancelled request). A hit skips execution and
/// serialisation: the cost of a front page that asks the same thing for every visitor.
/// </summary>
public sealed class GraphQLResponseCache
{
    /// <summary>What an entry costs besides its answer and key: the entry, its options, its slot (measured ≈ 200 bytes).</summary>
    public const int EntryOverheadBytes = 256;

    /// <summary>Versions already left behind, remembered so that a request still running on one cannot turn the cache back.</summary>
    private const int RetiredVersions = 16;

    private readonly long _budget;
    private readonly Lock _turning = new();
    private readonly Queue<string> _retired = new();
    private Generation? _current;

    public GraphQLResponseCache(IOptions<HttpCachingOptions> options) => _budget = options.Value.ResponseCacheMegabytes * 1024L * 1024L;

    public bool TryGet(CacheKey key, out byte[] answer)
    {
        answer = [];
        return _budget > 0 && Of(key.Version) is { } answers && answers.TryGetValue(key.Text, out answer!);
    }

    public void Keep(CacheKey key, byte[] answer)
    {
        // An answer of a version that is no longer the newest is dropped: nobody will ask for it.
        if (_budget > 0 && Volatile.Read(ref _current) is { } current && current.Version == key.Version)
        {
            // The key counts too: a long document with variables can outweigh a short answer.
            current.Answers.Set(key.Text, answer, new MemoryCacheEntryOptions { Size = answer.Length + key.Text.Length * sizeof(char) + EntryOverheadBytes });
        }
    }

    /// <summary>The answers of <paramref name="version"/>, starting them if it is new; null for a version left behind.</summary>
    private MemoryCache? Of(string version)
    {
        var current = Volatile.Read(ref _current);
        if (current?.Version == version)
        {
            return current.Answers;
        }

        lock (_turning)
        {
            if (_current?.Version == version)
            {
                return _current.Answers;
            }

            if (_retired.Contains(version))
            {
                return null;
            }

            if (_current is not null)
            {
                _retired.Enqueue(_current.Version);
                if (_retired.Count > RetiredVersions)
                {
                    _retired.Dequeue();
                }
            }

            // Not disposed: a request may still be reading the old one; the collector takes it.
            // Sizes are bytes; a fifth is dropped when the budget is reached.
            var next = new Generation(version, new MemoryCache(new MemoryCacheOptions { SizeLimit = _budget, CompactionPercentage = 0.2 }));
            Volatile.Write(ref _current, next);
            return next.Answers;
        }
    }

    private sealed record Generation(string Version, MemoryCache Answers);
}
