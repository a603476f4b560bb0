namespace KnowledgeHub.Import.Indexing;

/// <summary>
/// What the change follower last achieved, for /readyz and the logs: when it last caught up,
/// since when it has been failing, and whether it listens or only polls.
/// </summary>
public sealed class ChangeFollowingStatus(TimeProvider time)
{
    private readonly Lock _lock = new();
    private DateTimeOffset _lastCaughtUp = time.GetUtcNow();
    private DateTimeOffset? _failingSince;

    public bool Listening { get; set; }

    public (DateTimeOffset LastCaughtUp, DateTimeOffset? FailingSince) Read()
    {
        lock (_lock)
        {
            return (_lastCaughtUp, _failingSince);
        }
    }

    /// <summary>Returns how long it had been failing, if it was.</summary>
    public TimeSpan? CaughtUp()
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            var failed = now - _failingSince;
            (_lastCaughtUp, _failingSince) = (now, null);
            return failed;
        }
    }

    /// <summary>True for the first failure of a run, which is worth a stack trace; later ones are not.</summary>
    public bool Failed()
    {
        lock (_lock)
        {
            if (_failingSince is not null)
            {
                return false;
            }

            _failingSince = time.GetUtcNow();
            return true;
        }
    }
}
