namespace KnowledgeHub.Import.Changes;

/// <summary>
/// Told after every commit that wrote record changes, before the mutation or import answers, so a
/// derived copy (the search index, a replica) is current for the next request. It reads the
/// RecordChanges rows after the last sequence it applied, up to <paramref name="upToSequence"/>,
/// and remembers where it got to, so it can also catch up after a crash.
/// </summary>
public interface IRecordChangeHandler
{
    Task HandleAsync(long upToSequence, CancellationToken cancellationToken);
}
