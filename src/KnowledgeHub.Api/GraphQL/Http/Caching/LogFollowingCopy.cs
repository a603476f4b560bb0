namespace KnowledgeHub.Api.GraphQL.Http.Caching;

/// <summary>
/// Database content kept in memory, with the one rule for when such a copy is stale: once the
/// change log's position (<see cref="ContentVersion.SequenceAsync"/>, the position behind the
/// ETags) has passed the one the copy reflects. It is then as current as the answers it serves:
/// this server's writes at once, other writers' within the poll interval. One request brings it up
/// to date; the requests behind it get that copy.
/// </summary>
/// <param name="update">The new copy from the old (null the first time) and the position to reach; returns the copy and the position it reflects.</param>
public sealed class LogFollowingCopy<T>(ContentVersion version, Func<T?, long, CancellationToken, Task<(T Copy, long Sequence)>> update)
    where T : class
{
    private sealed record Entry(T Copy, long Sequence);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private Entry? _current;

    public async ValueTask<T> CurrentAsync(CancellationToken cancellationToken)
    {
        var latest = await version.SequenceAsync(cancellationToken);
        if (Volatile.Read(ref _current) is { } current && current.Sequence >= latest)
        {
            return current.Copy;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            current = _current;
            if (current is null || current.Sequence < latest)
            {
                var (copy, sequence) = await update(current?.Copy, latest, cancellationToken);
                current = new Entry(copy, sequence);
                Volatile.Write(ref _current, current);
            }

            return current.Copy;
        }
        finally
        {
            _gate.Release();
        }
    }
}
