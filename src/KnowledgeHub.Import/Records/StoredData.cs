using KnowledgeHub.Data;
using KnowledgeHub.Domain.Cases;
using KnowledgeHub.Domain.Experiences;
using KnowledgeHub.Domain.FamilyPrograms;
using KnowledgeHub.Domain.Records;
using KnowledgeHub.Import.Seed;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeHub.Import.Records;

/// <summary>What the mapper resolves against when records arrive after the seed: the stored database.</summary>
internal static class StoredData
{
    /// <summary>The reference data, tracked, in the lookups the seed mapper uses. A few hundred rows.</summary>
    public static async Task<ReferenceDataMapper> LoadReferencesAsync(KnowledgeHubDbContext db, CancellationToken cancellationToken)
    {
        var refs = new ReferenceDataMapper([]);
        refs.Municipalities.AddStored(await db.Municipalities.AsTracking().ToListAsync(cancellationToken), m => m.Code);
        refs.Themes.AddStored(await db.Themes.AsTracking().ToListAsync(cancellationToken), t => t.Slug);
        refs.TargetGroups.AddStored(await db.TargetGroups.AsTracking().ToListAsync(cancellationToken), t => t.Slug);
        refs.Organisations.AddStored(await db.Organisations.AsTracking().ToListAsync(cancellationToken), o => o.Slug);
        refs.Publications.AddStored(await db.Publications.AsTracking().ToListAsync(cancellationToken), p => p.Slug);
        refs.LegalBases.AddStored(await db.LegalBases.AsTracking().ToListAsync(cancellationToken), l => l.Slug);
        return refs;
    }

    /// <summary>A record with everything its seed form names, so it can be written back out or compared.</summary>
    public static IQueryable<Record> WithEverything(this IQueryable<Record> records) =>
        records
            .Include(r => r.Parent)
            .Include(r => r.OwnerOrganisation)
            .Include(r => r.Sources)
            .Include(r => r.Municipalities).ThenInclude(m => m.Municipality)
            .Include(r => r.Organisations).ThenInclude(o => o.Organisation)
            .Include(r => r.Themes)
            .Include(r => r.TargetGroups)
            .Include(r => r.Publications)
            .Include(r => r.LegalBases)
            .Include(r => r.EvidenceAssessments)
            .Include(r => r.StatedMunicipalityCounts)
            .Include(r => ((FamilyProgram)r).Implementations).ThenInclude(i => i.Municipality)
            .Include(r => ((FamilyProgram)r).Implementations).ThenInclude(i => i.Organisation)
            .Include(r => ((InspirationCase)r).Municipality)
            .Include(r => ((MunicipalExperience)r).Municipality)
            .Include(r => ((MunicipalExperience)r).SourcePublication)
            .AsSplitQuery();
}
