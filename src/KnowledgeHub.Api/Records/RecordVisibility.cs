using GraphQL;
using KnowledgeHub.Api.Access;
using KnowledgeHub.Domain.Access;
using KnowledgeHub.Domain.Records;
using KnowledgeHub.Import.Indexing;

namespace KnowledgeHub.Api.Records;

/// <summary>
/// The one place that says which records a reader may see: readers without a key see published
/// records only, a partner also its own organisation's drafts and archived records, editors and
/// admins everything. Every list, loader and root field that reads records filters through here.
/// </summary>
public static class RecordVisibility
{
    /// <summary>What anonymous readers see: published records only.</summary>
    public static IQueryable<T> Visible<T>(this IQueryable<T> records) where T : Record =>
        records.Where(r => r.Status == RecordStatus.Published);

    /// <summary>The same rule for the search index, which stores each record's status and filters on it.</summary>
    public static IReadOnlyCollection<string> SearchStatuses { get; } = [SearchValues.Of(RecordStatus.Published)];

    /// <summary>What the reader of this request sees.</summary>
    public static IQueryable<T> Visible<T>(this IQueryable<T> records, IResolveFieldContext context) where T : Record =>
        records.VisibleTo(context.Actor());

    public static IQueryable<T> VisibleTo<T>(this IQueryable<T> records, Actor reader) where T : Record
    {
        if (reader.IsEditor)
        {
            return records;
        }

        if (reader.IsPartner && reader.OrganisationId is { } organisation)
        {
            return records.Where(r => r.Status == RecordStatus.Published || r.OwnerOrganisationId == organisation);
        }

        return records.Visible();
    }

    /// <summary><see cref="VisibleTo{T}"/> for one record held in memory (the municipalities' record pairs).</summary>
    public static bool Sees(this Actor reader, RecordStatus status, int? ownerOrganisationId) =>
        status == RecordStatus.Published || reader.IsEditor ||
        (reader.IsPartner && reader.OrganisationId is { } organisation && ownerOrganisationId == organisation);
}
