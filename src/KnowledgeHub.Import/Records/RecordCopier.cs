using KnowledgeHub.Domain.Cases;
using KnowledgeHub.Domain.Experiences;
using KnowledgeHub.Domain.FamilyPrograms;
using KnowledgeHub.Domain.Records;
using KnowledgeHub.Import.Seed;

namespace KnowledgeHub.Import.Records;

/// <summary>
/// Brings a tracked, stored record to the state of its freshly mapped replacement (of the same
/// kind): its plain fields by name (<see cref="PlainFields"/>), its references, owned rows (sources,
/// assessments) replaced, links to shared rows (themes, municipalities, ...) added and removed one by
/// one, so unchanged links are not rewritten.
/// </summary>
internal static class RecordCopier
{
    public static void CopyInto(Record stored, Record mapped, Func<Record?, Record?> redirect)
    {
        PlainFields.Copy(SeedKinds.SeedTypeOf(stored.Kind), mapped, stored);
        stored.Status = mapped.Status;
        CopyOwnReferences(stored, mapped);
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

    // Each reference with its key, as the parent and the owner are.
    private static void CopyOwnReferences(Record stored, Record mapped)
    {
        switch (stored, mapped)
        {
            case (FamilyProgram s, FamilyProgram m):
                Replace(s.Implementations, m.Implementations);
                break;
            case (InspirationCase s, InspirationCase m):
                (s.Municipality, s.MunicipalityId) = (m.Municipality, m.Municipality?.Id);
                break;
            case (MunicipalExperience s, MunicipalExperience m):
                (s.Municipality, s.MunicipalityId) = (m.Municipality, m.Municipality?.Id);
                (s.SourcePublication, s.SourcePublicationId) = (m.SourcePublication, m.SourcePublication?.Id);
                break;
        }
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
