using KnowledgeHub.Domain.Records;
using KnowledgeHub.Import.Indexing;

namespace KnowledgeHub.Api.Records;

/// <summary>The one place that says which records a reader may see: readers without a key see only published ones.</summary>
public static class RecordVisibility
{
    public static IQueryable<T> Visible<T>(this IQueryable<T> records) where T : Record =>
        records.Where(r => r.Status == RecordStatus.Published);

    /// <summary>The same rule for the search index, which stores each record's status and filters on it.</summary>
    public static IReadOnlyCollection<string> SearchStatuses { get; } = [SearchValues.Of(RecordStatus.Published)];
}
