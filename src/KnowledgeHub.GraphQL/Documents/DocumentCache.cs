using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace KnowledgeHub.GraphQL.Documents;

/// <summary>
/// Parsed documents by the SHA-256 of their text. Bounded by total text size, so clients sending
/// endless distinct documents evict old ones instead of growing memory. Also the store behind
/// automatic persisted queries: a registered hash is simply a cached document.
/// </summary>
public sealed class DocumentCache : IDisposable
{
    private readonly MemoryCache _cache;
    private readonly DocumentCacheOptions _options;

    public DocumentCache(IOptions<DocumentCacheOptions> options)
    {
        _options = options.Value;
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = _options.SizeLimitCharacters, CompactionPercentage = 0.25 });
    }

    public CachedDocument? Get(string hash) => _cache.TryGetValue(hash, out CachedDocument? document) ? document : null;

    public void Set(CachedDocument document) =>
        _cache.Set(document.Hash, document, new MemoryCacheEntryOptions
        {
            Size = Math.Max(1, document.Text.Length),
            SlidingExpiration = _options.SlidingExpiration,
        });

    public void Dispose() => _cache.Dispose();
}
