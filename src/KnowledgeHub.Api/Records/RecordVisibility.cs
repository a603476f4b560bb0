using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Api.Records;

/// <summary>The one place that says which records a reader may see: readers without a key see only published ones.</summary>
public static class RecordVisibility
{
    public static IQueryable<T> Visible<T>(this IQueryable<T> records) where T : Record =>
        records.Where(r => r.Status == RecordStatus.Published);
}
