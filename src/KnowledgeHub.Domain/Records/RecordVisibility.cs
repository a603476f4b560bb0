using KnowledgeHub.Domain.Access;

namespace KnowledgeHub.Domain.Records;

/// <summary>
/// The one rule for who sees which record: readers without a key see published records only, a
/// partner also its own organisation's drafts and archived records, editors and admins everything.
/// It is written twice on purpose, side by side: for one record in memory and as a query the
/// database runs; <c>EditingRuleTests</c> checks that the two agree for every reader and state.
/// Every list, loader, root field, edit and in-memory cache that reads records goes through here;
/// search applies the anonymous form (the index holds published records' status only).
/// </summary>
public static class RecordVisibility
{
    public static bool Sees(this Actor reader, RecordStatus status, int? ownerOrganisationId) =>
        status == RecordStatus.Published || reader.IsEditor ||
        (reader.IsPartner && reader.OrganisationId is { } organisation && ownerOrganisationId == organisation);

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

        return records.Where(r => r.Status == RecordStatus.Published);
    }
}
