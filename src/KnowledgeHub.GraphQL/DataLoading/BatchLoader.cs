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
    private readonly Dictionary<TKey, Batch> _cache = [];
    private Batch? _open;

    /// <summary>Queues the key; the value is fetched with the rest of the pass's keys when first awaited.</summary>
    public IDataLoaderResult<TValue> Load(TKey key)
    {
        lock (_gate)
        {
            if (!_cache.TryGetValue(key, out var batch))
            {
                batch = _open ??= new Batch(this);
                batch.Keys.Add(key);
                _cache[key] = batch;
            }

            return new Result(batch, key);
        }
    }

    /// <summary>Loads many keys, for list fields whose keys are known up front.</summary>
    public IDataLoaderResult<IReadOnlyList<TValue>> LoadMany(IEnumerable<TKey> keys)
    {
        return DataLoaderResults.All(keys.Select(Load).ToList());
    }

    /// <remarks>
    /// One task per batch, not per key: GraphQL.NET awaits each parked field in turn, and once
    /// the batch is in, every later field's value is a lookup answered synchronously (a page of
    /// 50 records with two child lists parked 100 per-key continuations on the thread pool).
    /// </remarks>
    private sealed class Batch(BatchLoader<TKey, TValue> owner)
    {
        private readonly TaskCompletionSource<IReadOnlyDictionary<TKey, TValue>> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _started;

        /// <summary>Distinct already: a key joins a batch only when the loader's cache has none for it (a set hashed each key again).</summary>
        public List<TKey> Keys { get; } = [];

        public Task<TValue> ValueAsync(TKey key)
        {
            Start();
            var done = _done.Task;
            return done.IsCompletedSuccessfully ? Task.FromResult(Lookup(done.Result, key)) : WaitAsync(done, key);
        }

        private async Task<TValue> WaitAsync(Task<IReadOnlyDictionary<TKey, TValue>> done, TKey key) =>
            Lookup(await done.ConfigureAwait(false), key);

        private TValue Lookup(IReadOnlyDictionary<TKey, TValue> values, TKey key) =>
            values.TryGetValue(key, out var value) ? value : owner._missing;

        private void Start()
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

    private sealed class Result(Batch batch, TKey key) : IDataLoaderResult<TValue>
    {
        public Task<TValue> GetResultAsync(CancellationToken cancellationToken = default) => batch.ValueAsync(key);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Boxed(batch.ValueAsync(key));

        private static Task<object?> Boxed(Task<TValue> value) =>
            value.IsCompletedSuccessfully ? Task.FromResult<object?>(value.Result) : BoxedAsync(value);

        private static async Task<object?> BoxedAsync(Task<TValue> value) => await value.ConfigureAwait(false);
    }
}
