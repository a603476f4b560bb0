using KnowledgeHub.Domain.Cases;
using KnowledgeHub.Domain.Experiences;
using KnowledgeHub.Domain.FamilyPrograms;
using KnowledgeHub.Domain.Programs;
using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Import.Records;

/// <summary>
/// Brings a tracked, stored record to the state of its freshly mapped replacement. Owned rows
/// (sources, assessments, implementations) are replaced; links to shared rows (themes,
/// municipalities, ...) are added and removed one by one, so unchanged links are not rewritten.
/// </summary>
internal static class RecordCopier
{
    public static void CopyInto(Record stored, Record mapped, Func<Record?, Record?> redirect)
    {
        stored.Slug = mapped.Slug;
        stored.ExternalId = mapped.ExternalId;
        stored.Title = mapped.Title;
        stored.Summary = mapped.Summary;
        stored.Description = mapped.Description;
        stored.CoverageNote = mapped.CoverageNote;
        stored.Status = mapped.Status;
        stored.StartYear = mapped.StartYear;
        stored.EndYear = mapped.EndYear;
        stored.TargetAgeMin = mapped.TargetAgeMin;
        stored.TargetAgeMax = mapped.TargetAgeMax;
        // The navigation decides; a parent created in the same import gets its key when saved.
        stored.Parent = redirect(mapped.Parent);
        if (stored.Parent is null)
        {
            stored.ParentId = null;
        }
        stored.OwnerOrganisation = mapped.OwnerOrganisation;
        stored.OwnerOrganisationId = mapped.OwnerOrganisation?.Id;
        CopyKind(stored, mapped);
        Replace(stored.Sources, mapped.Sources);
        Replace(stored.EvidenceAssessments, mapped.EvidenceAssessments);
        Sync(stored.Themes, mapped.Themes, t => t.Id);
        Sync(stored.TargetGroups, mapped.TargetGroups, t => t.Id);
        Sync(stored.Publications, mapped.Publications, p => p.Id);
        Sync(stored.LegalBases, mapped.LegalBases, l => l.Id);
        Sync(stored.Municipalities, mapped.Municipalities, m => (m.Municipality!.Id, m.Role));
        Sync(stored.Organisations, mapped.Organisations, o => (o.Organisation!.Id, o.Role));
    }

    private static void CopyKind(Record stored, Record mapped)
    {
        switch (stored, mapped)
        {
            case (InterventionProgram s, InterventionProgram m):
                s.Category = m.Category;
                s.FundingAmountDkk = m.FundingAmountDkk;
                s.FundingSource = m.FundingSource;
                break;
            case (FamilyProgram s, FamilyProgram m):
                s.FullName = m.FullName;
                s.Abbreviation = m.Abbreviation;
                s.Origin = m.Origin;
                s.TargetGroupDescription = m.TargetGroupDescription;
                s.Format = m.Format;
                s.Duration = m.Duration;
                s.Cost = m.Cost;
                s.Staffing = m.Staffing;
                s.Training = m.Training;
                s.OutcomesTargeted = m.OutcomesTargeted;
                Replace(s.Implementations, m.Implementations);
                break;
            case (InspirationCase s, InspirationCase m):
                s.Municipality = m.Municipality;
                s.MunicipalityId = m.Municipality?.Id;
                s.Area = m.Area;
                s.Approach = m.Approach;
                s.Results = m.Results;
                break;
            case (MunicipalExperience s, MunicipalExperience m):
                s.Municipality = m.Municipality;
                s.MunicipalityId = m.Municipality?.Id;
                s.SourcePublication = m.SourcePublication;
                s.SourcePublicationId = m.SourcePublication?.Id;
                s.Results = m.Results;
                s.Challenges = m.Challenges;
                break;
            default:
                throw new InvalidOperationException($"A {stored.Kind} cannot become a {mapped.Kind}.");
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
