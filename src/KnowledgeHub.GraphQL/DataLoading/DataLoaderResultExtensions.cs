using GraphQL.DataLoader;

namespace KnowledgeHub.GraphQL.DataLoading;

public static class DataLoaderResultExtensions
{
    /// <summary>Maps a loaded value without awaiting it in the resolver, which would defeat batching.</summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> result, Func<T, TResult> map) =>
        new Mapped<T, TResult>(result, map);

    private sealed class Mapped<T, TResult>(IDataLoaderResult<T> inner, Func<T, TResult> map) : IDataLoaderResult<TResult>
    {
        // A value already loaded is mapped on the spot: no state machine per field.
        public Task<TResult> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var loaded = inner.GetResultAsync(cancellationToken);
            return loaded.IsCompletedSuccessfully ? Task.FromResult(map(loaded.Result)) : MapAsync(loaded);
        }

        private async Task<TResult> MapAsync(Task<T> loaded) => map(await loaded.ConfigureAwait(false));

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken)
        {
            var mapped = GetResultAsync(cancellationToken);
            return mapped.IsCompletedSuccessfully ? Task.FromResult<object?>(mapped.Result) : BoxAsync(mapped);
        }

        private static async Task<object?> BoxAsync(Task<TResult> mapped) => await mapped.ConfigureAwait(false);
    }
}
