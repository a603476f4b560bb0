using KnowledgeHub.GraphQL.Http.Caching;
using Microsoft.Extensions.Options;

namespace KnowledgeHub.GraphQL.Tests.Http.Caching;

/// <summary>
/// The response cache's one eviction rule: answers are kept for the newest content version only.
/// Under writes, answers of older versions (never asked for again) used to wait for the size budget
/// to push them out, and filled it.
/// </summary>
public sealed class ResponseCacheGenerationTests
{
    private readonly GraphQLResponseCache _cache = new(Options.Create(new HttpCachingOptions { ResponseCacheMegabytes = 1 }));

    [Fact]
    public void A_new_version_leaves_the_answers_of_the_old_one_behind()
    {
        var before = Key("v1", "a");
        Assert.False(_cache.TryGet(before, out _));
        _cache.Keep(before, [1, 2, 3]);
        Assert.True(_cache.TryGet(before, out var kept));
        Assert.Equal([1, 2, 3], kept);

        var after = Key("v2", "a");
        Assert.False(_cache.TryGet(after, out _));
        _cache.Keep(after, [4]);

        // The old answer is gone, and a request still running on v1 neither finds nor keeps
        // anything, nor turns the cache back.
        Assert.False(_cache.TryGet(before, out _));
        _cache.Keep(before, [1, 2, 3]);
        Assert.False(_cache.TryGet(before, out _));
        Assert.True(_cache.TryGet(after, out kept));
        Assert.Equal([4], kept);
    }

    [Fact]
    public void An_answer_of_a_version_nobody_asked_under_yet_is_not_kept()
    {
        _cache.TryGet(Key("v1", "a"), out _);
        _cache.Keep(Key("v2", "a"), [1]);
        Assert.False(_cache.TryGet(Key("v1", "a"), out _));
    }

    [Fact]
    public void The_budget_counts_each_entry_with_its_overhead()
    {
        // 1 MiB holds about 4,000 tiny answers with their overhead, not a million.
        for (var i = 0; i < 20_000; i++)
        {
            var key = Key("v1", $"q{i}");
            _cache.TryGet(key, out _);
            _cache.Keep(key, [1]);
        }

        var kept = Enumerable.Range(0, 20_000).Count(i => _cache.TryGet(Key("v1", $"q{i}"), out _));
        Assert.InRange(kept, 1, 1024 * 1024 / GraphQLResponseCache.EntryOverheadBytes);
    }

    private static CacheKey Key(string version, string query) => new($"{version}\n{query}", Shared: true, Version: version);
}
