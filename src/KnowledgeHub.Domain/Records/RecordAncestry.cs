namespace KnowledgeHub.Domain.Records;

/// <summary>
/// A record may not end up among its own ancestors. The chain runs through incoming records (which
/// win over their stored versions) and stored ones, so a cycle made by two records of one import
/// is caught as well as one made by moving a stored record under its own descendant.
/// </summary>
/// <param name="storedParent">Every stored record's parent id, by record id.</param>
/// <param name="incoming">The incoming version of each stored record a batch changes, by its id.</param>
/// <param name="batchSize">How many records the batch has; with the stored ones, the longest chain without a cycle.</param>
public sealed class RecordAncestry(IReadOnlyDictionary<int, int> storedParent, IReadOnlyDictionary<int, Record> incoming, int batchSize)
{
    private readonly int _limit = storedParent.Count + batchSize + 2;

    /// <summary>Whether <paramref name="record"/>'s parent chain leads back to it (or to the stored record it replaces).</summary>
    public bool LeadsBack(Record record, int? storedId)
    {
        // A step is an incoming record, or a stored one known only by id.
        (Record? Record, int? Id) step = (record.Parent, null);
        for (var i = 0; i < _limit; i++)
        {
            var id = step.Record is { Id: > 0 } stored ? stored.Id : step.Id;
            if (ReferenceEquals(step.Record, record) || (id is not null && id == storedId))
            {
                return true;
            }

            if (id is { } knownId)
            {
                step = incoming.TryGetValue(knownId, out var newer) ? (newer.Parent, null)
                    : storedParent.TryGetValue(knownId, out var parentId) ? (null, parentId) : (null, null);
            }
            else if (step.Record is { } next)
            {
                step = (next.Parent, null);
            }

            if (step.Record is null && step.Id is null)
            {
                return false;
            }
        }

        return true;
    }
}
