using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Import.Records;

/// <summary>
/// Brings a tracked, stored record to the state of its freshly mapped replacement: its fields
/// through <see cref="Record.TakeFieldsFrom"/>, owned rows (sources, assessments) replaced, links
/// to shared rows (themes, municipalities, ...) added and removed one by one, so unchanged links
/// are not rewritten.
/// </summary>
internal static class RecordCopier
{
    public static void CopyInto(Record stored, Record mapped, Func<Record?, Record?> redirect)
    {
        stored.TakeFieldsFrom(mapped);
        // The navigation decides; a parent created in the same import gets its key when saved.
        stored.Parent = redirect(mapped.Parent);
        if (stored.Parent is null)
        {
            stored.ParentId = null;
        }
        stored.OwnerOrganisation = mapped.OwnerOrganisation;
        stored.OwnerOrganisationId = mapped.OwnerOrganisation?.Id;
        Replace(stored.Sources, mapped.Sources);
        Replace(stored.EvidenceAssessments, mapped.EvidenceAssessments);
        Replace(stored.StatedMunicipalityCounts, mapped.StatedMunicipalityCounts);
        Sync(stored.Themes, mapped.Themes, t => t.Id);
        Sync(stored.TargetGroups, mapped.TargetGroups, t => t.Id);
        Sync(stored.Publications, mapped.Publications, p => p.Id);
        Sync(stored.LegalBases, mapped.LegalBases, l => l.Id);
        Sync(stored.Municipalities, mapped.Municipalities, m => (m.Municipality!.Id, m.Role));
        Sync(stored.Organisations, mapped.Organisations, o => (o.Organisation!.Id, o.Role));
    }

    private static void Replace<T>(List<T> stored, List<T> mapped)
    {
        stored.Clear();
        stored.AddRange(mapped);
    }

    private static void Sync<T, TKey>(List<T> stored, List<T> mapped, Func<T, TKey> key)
    {
        var wanted = mapped.Select(key).ToHashSet();
        stored.RemoveAll(item => !wanted.Contains(key(item)));
        var have = stored.Select(key).ToHashSet();
        stored.AddRange(mapped.Where(item => have.Add(key(item))));
    }
}
