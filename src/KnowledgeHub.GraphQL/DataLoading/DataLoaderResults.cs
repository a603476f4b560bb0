using GraphQL.DataLoader;

namespace KnowledgeHub.GraphQL.DataLoading;

public static class DataLoaderResults
{
    /// <summary>Waits for each part in order; the parts' batches run together when the first is awaited.</summary>
    public static IDataLoaderResult<IReadOnlyList<T>> All<T>(IReadOnlyList<IDataLoaderResult<T>> parts) => new AllOf<T>(parts);

    public static IDataLoaderResult<T> FromValue<T>(T value) => new Constant<T>(value);

    /// <summary>Runs the function when first awaited, at most once, after the pass's other fields.</summary>
    public static IDataLoaderResult<T> FromAsync<T>(Func<CancellationToken, Task<T>> run) => new Deferred<T>(run);

    private sealed class AllOf<T>(IReadOnlyList<IDataLoaderResult<T>> parts) : IDataLoaderResult<IReadOnlyList<T>>
    {
        public async Task<IReadOnlyList<T>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new T[parts.Count];
            for (var i = 0; i < parts.Count; i++)
            {
                values[i] = await parts[i].GetResultAsync(cancellationToken).ConfigureAwait(false);
            }

            return values;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }

    private sealed class Constant<T>(T value) : IDataLoaderResult<T>
    {
        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
    }

    private sealed class Deferred<T>(Func<CancellationToken, Task<T>> run) : IDataLoaderResult<T>
    {
        private readonly Lock _gate = new();
        private Task<T>? _task;

        public Task<T> GetResultAsync(CancellationToken cancellationToken = default)
        {
            lock (_gate)
            {
                return _task ??= run(cancellationToken);
            }
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
