using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace KnowledgeHub.GraphQL.Http.Caching;

/// <summary>
/// The serialised answers of recent cacheable queries, GET or POST, by their <see cref="CacheKey"/>.
/// The key holds the content version, so a write is never answered from before it: the old
/// entries are simply not asked for again and age out when the budget is full. Only complete
/// answers without errors are kept (an error may be passing: a timeout, a cancelled request).
/// A hit skips execution and serialisation: the cost of a front page that asks the same thing
/// for every visitor.
/// </summary>
public sealed class GraphQLResponseCache : IDisposable
{
    private readonly MemoryCache? _answers;

    public GraphQLResponseCache(IOptions<HttpCachingOptions> options)
    {
        var megabytes = options.Value.ResponseCacheMegabytes;
        // Sizes are bytes; a fifth is dropped when the budget is reached.
        _answers = megabytes == 0 ? null : new MemoryCache(new MemoryCacheOptions { SizeLimit = megabytes * 1024L * 1024L, CompactionPercentage = 0.2 });
    }

    public bool TryGet(CacheKey key, out byte[] answer)
    {
        answer = [];
        return _answers is not null && _answers.TryGetValue(key.Text, out answer!);
    }

    public void Keep(CacheKey key, byte[] answer)
    {
        // The key counts too: a long document with variables can outweigh a short answer.
        _answers?.Set(key.Text, answer, new MemoryCacheEntryOptions { Size = answer.Length + key.Text.Length * sizeof(char) });
    }

    public void Dispose() => _answers?.Dispose();
}
