using KnowledgeHub.Domain.Access;
using KnowledgeHub.Domain.Records;
using KnowledgeHub.Import.Indexing;

namespace KnowledgeHub.Api.Records;

/// <summary>
/// The Domain's visibility rule (<see cref="Domain.Records.RecordVisibility"/>) for anonymous
/// readers, and for the search index, which holds each record's status as a value.
/// </summary>
public static class ReaderVisibility
{
    /// <summary>What anonymous readers see: published records only.</summary>
    public static IQueryable<T> Visible<T>(this IQueryable<T> records) where T : Record =>
        records.VisibleTo(Actor.Anonymous);

    /// <summary>The same rule for the search index, which stores each record's status and filters on it.</summary>
    public static IReadOnlyCollection<string> SearchStatuses { get; } = [SearchValues.Of(RecordStatus.Published)];
}
