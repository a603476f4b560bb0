using KnowledgeHub.Data;
using KnowledgeHub.Domain.FamilyPrograms;
using KnowledgeHub.Domain.Records;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeHub.Import.Indexing;

/// <summary>
/// What a batch of records links to, by record id: one narrow query per link table instead of
/// EF Core's split query over the records' collections, which materialised a theme or target
/// group per link and compiled its shaper's parts on every batch (a quarter of a rebuild's CPU).
/// Each list is in the order of the link's key, as the split query returned it on SQLite, so
/// documents list their themes, places and keywords as they always did.
/// </summary>
internal sealed class SearchLinks
{
    private readonly record struct Link(int RecordId, int Id);

    public required ILookup<int, int> Themes { get; init; }
    public required ILookup<int, int> TargetGroups { get; init; }
    public required ILookup<int, int> Municipalities { get; init; }
    public required ILookup<int, int> Organisations { get; init; }

    /// <summary>The municipalities a family programme is implemented in.</summary>
    public required ILookup<int, int> ImplementedIn { get; init; }

    public required ILookup<int, EvidenceAssessment> Evidence { get; init; }

    public static async Task<SearchLinks> LoadAsync(KnowledgeHubDbContext db, IQueryable<Record> records, CancellationToken cancellationToken) => new()
    {
        Themes = await ByRecordAsync(records.SelectMany(r => r.Themes, (r, t) => new { RecordId = r.Id, t.Id })
            .OrderBy(l => l.RecordId).ThenBy(l => l.Id).Select(l => new Link(l.RecordId, l.Id)), cancellationToken),
        TargetGroups = await ByRecordAsync(records.SelectMany(r => r.TargetGroups, (r, t) => new { RecordId = r.Id, t.Id })
            .OrderBy(l => l.RecordId).ThenBy(l => l.Id).Select(l => new Link(l.RecordId, l.Id)), cancellationToken),
        Municipalities = await ByRecordAsync(records.SelectMany(r => r.Municipalities)
            .OrderBy(m => m.RecordId).ThenBy(m => m.MunicipalityId).Select(m => new Link(m.RecordId, m.MunicipalityId)), cancellationToken),
        Organisations = await ByRecordAsync(records.SelectMany(r => r.Organisations)
            .OrderBy(o => o.RecordId).ThenBy(o => o.OrganisationId).Select(o => new Link(o.RecordId, o.OrganisationId)), cancellationToken),
        ImplementedIn = await ByRecordAsync(records.OfType<FamilyProgram>().SelectMany(f => f.Implementations).Where(i => i.MunicipalityId != null)
            .OrderBy(i => i.RecordId).ThenBy(i => i.Id).Select(i => new Link(i.RecordId, i.MunicipalityId!.Value)), cancellationToken),
        Evidence = (await records.SelectMany(r => r.EvidenceAssessments).AsNoTracking().ToListAsync(cancellationToken)).ToLookup(a => a.RecordId),
    };

    private static async Task<ILookup<int, int>> ByRecordAsync(IQueryable<Link> links, CancellationToken cancellationToken) =>
        (await links.ToListAsync(cancellationToken)).ToLookup(l => l.RecordId, l => l.Id);
}
