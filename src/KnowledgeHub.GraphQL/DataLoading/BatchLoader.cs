using GraphQL.DataLoader;

namespace KnowledgeHub.GraphQL.DataLoading;

/// <summary>
/// Collects the keys that resolvers ask for during one execution pass and fetches them in one
/// call. GraphQL.NET parks a field whose resolver returns an <see cref="IDataLoaderResult"/>
/// until the pass is done, so the first <c>GetResultAsync</c> sees every key of the level.
/// Results are cached for the request: a key is fetched at most once.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(
    Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
    TValue missing)
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, (Batch Batch, Task<TValue> Value)> _cache = [];
    private Batch? _open;

    /// <summary>Queues the key; the value is fetched with the rest of the pass's keys when first awaited.</summary>
    public IDataLoaderResult<TValue> Load(TKey key)
    {
        lock (_gate)
        {
            if (!_cache.TryGetValue(key, out var entry))
            {
                var batch = _open ??= new Batch(this);
                batch.Keys.Add(key);
                entry = (batch, batch.ValueAsync(key));
                _cache[key] = entry;
            }

            return new Result(() =>
            {
                entry.Batch.Start();
                return entry.Value;
            });
        }
    }

    /// <summary>Loads many keys, for list fields whose keys are known up front.</summary>
    public IDataLoaderResult<IReadOnlyList<TValue>> LoadMany(IEnumerable<TKey> keys)
    {
        return DataLoaderResults.All(keys.Select(Load).ToList());
    }

    private sealed class Batch(BatchLoader<TKey, TValue> owner)
    {
        private readonly TaskCompletionSource<IReadOnlyDictionary<TKey, TValue>> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _started;

        public HashSet<TKey> Keys { get; } = [];

        public async Task<TValue> ValueAsync(TKey key)
        {
            var values = await _done.Task.ConfigureAwait(false);
            return values.TryGetValue(key, out var value) ? value : owner._missing;
        }

        public void Start()
        {
            if (Interlocked.Exchange(ref _started, 1) == 1)
            {
                return;
            }

            lock (owner._gate)
            {
                // Keys asked for from now on belong to the next batch.
                if (owner._open == this)
                {
                    owner._open = null;
                }
            }

            _ = RunAsync();
        }

        private async Task RunAsync()
        {
            try
            {
                _done.SetResult(await owner._fetch(Keys, CancellationToken.None).ConfigureAwait(false));
            }
            catch (Exception ex)
            {
                _done.SetException(ex);
            }
        }
    }

    private readonly Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _fetch = fetch;
    private readonly TValue _missing = missing;

    private sealed class Result(Func<Task<TValue>> start) : IDataLoaderResult<TValue>
    {
        public Task<TValue> GetResultAsync(CancellationToken cancellationToken = default) => start();

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await start().ConfigureAwait(false);
    }
}
