using GraphQL;
using KnowledgeHub.Api.Access;
using KnowledgeHub.GraphQL.DataLoading;
using KnowledgeHub.Api.GraphQL.DataLoading;
using KnowledgeHub.Domain.FamilyPrograms;
using KnowledgeHub.Domain.LegalBases;
using KnowledgeHub.Domain.Publications;
using KnowledgeHub.Domain.Records;
using KnowledgeHub.Domain.Taxonomy;
using KnowledgeHub.Data;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeHub.Api.Records;

/// <summary>What hangs off a record, loaded for all records of a level in one query each.</summary>
public static class RecordDataLoaders
{
    // The reader is read when the loader is made: the fetch runs later, when the context may be reused.
    public static BatchLoader<int, Record?> RecordById(this IResolveFieldContext c)
    {
        var reader = c.Actor();
        return c.ById("Record.byId", (db, ids) => db.Records.VisibleTo(reader).Where(r => ids.Contains(r.Id)), r => r.Id);
    }

    public static BatchLoader<int, IReadOnlyList<Record>> ChildrenByParent(this IResolveFieldContext c)
    {
        var reader = c.Actor();
        return c.ByParent("Record.children", (db, ids) => db.Records.VisibleTo(reader)
            .Where(r => r.ParentId != null && ids.Contains(r.ParentId.Value)).OrderBy(r => r.Id)
            .Select(r => new Keyed<Record> { Key = r.ParentId!.Value, Value = r }));
    }

    public static BatchLoader<int, IReadOnlyList<Source>> SourcesByRecord(this IResolveFieldContext c) =>
        c.ByParent("Record.sources", (db, ids) => db.Sources.Where(s => ids.Contains(s.RecordId)).OrderBy(s => s.Position)
            .Select(s => new Keyed<Source> { Key = s.RecordId, Value = s }));

    /// <summary>
    /// Only the link pairs are read; the themes come from <see cref="ReferenceTables"/>, asked for
    /// once per batch (a page of 50 asked the request's services for them once per record).
    /// </summary>
    public static BatchLoader<int, IReadOnlyList<Theme>> ThemesByRecord(this IResolveFieldContext c) =>
        c.ByParent<Theme>("Record.themes", static async (db, services, ids, ct) =>
        {
            var themes = (await services.GetRequiredService<ReferenceTables>().CurrentAsync(ct)).Themes;
            return await db.ReadAsync($"SELECT \"RecordId\", \"ThemesId\" FROM \"RecordThemes\" WHERE \"RecordId\" IN ({RelationalReads.InList(ids)}) ORDER BY \"ThemesId\"",
                r => new Keyed<Theme> { Key = r.GetInt32(0), Value = themes[r.GetInt32(1)] }, ct);
        });

    public static BatchLoader<int, IReadOnlyList<TargetGroup>> TargetGroupsByRecord(this IResolveFieldContext c) =>
        c.ByParent("Record.targetGroups", (db, ids) =>
            from r in db.Records where ids.Contains(r.Id) from t in r.TargetGroups orderby t.Id select new Keyed<TargetGroup> { Key = r.Id, Value = t });

    public static BatchLoader<int, IReadOnlyList<Publication>> PublicationsByRecord(this IResolveFieldContext c) =>
        c.ByParent("Record.publications", (db, ids) =>
            from r in db.Records where ids.Contains(r.Id) from p in r.Publications orderby p.Year, p.Id select new Keyed<Publication> { Key = r.Id, Value = p });

    public static BatchLoader<int, IReadOnlyList<LegalBasis>> LegalBasesByRecord(this IResolveFieldContext c) =>
        c.ByParent("Record.legalBases", (db, ids) =>
            from r in db.Records where ids.Contains(r.Id) from l in r.LegalBases orderby l.ValidFrom, l.Id select new Keyed<LegalBasis> { Key = r.Id, Value = l });

    /// <summary>
    /// Only the link rows are read; the municipalities come from <see cref="ReferenceTables"/>. The
    /// database orders them (codes are digits, the roles' names differ in a lowercase letter: every
    /// collation orders them as ordinal does), so a page's links are not sorted again in memory.
    /// </summary>
    public static BatchLoader<int, IReadOnlyList<RecordMunicipality>> MunicipalityLinksByRecord(this IResolveFieldContext c) =>
        c.ByParent<RecordMunicipality>("Record.municipalityLinks", static async (db, services, ids, ct) =>
        {
            var municipalities = (await services.GetRequiredService<ReferenceTables>().CurrentAsync(ct)).Municipalities;
            return await db.ReadAsync(
                $"SELECT l.\"RecordId\", l.\"MunicipalityId\", l.\"Role\" FROM \"RecordMunicipalities\" l JOIN \"Municipalities\" m ON m.\"Id\" = l.\"MunicipalityId\" WHERE l.\"RecordId\" IN ({RelationalReads.InList(ids)}) ORDER BY m.\"Code\", l.\"Role\"",
                r => new Keyed<RecordMunicipality>
                {
                    Key = r.GetInt32(0),
                    Value = new RecordMunicipality
                    {
                        RecordId = r.GetInt32(0), MunicipalityId = r.GetInt32(1), Role = Enum.Parse<MunicipalityRole>(r.GetString(2)),
                        Municipality = municipalities[r.GetInt32(1)],
                    },
                }, ct);
        });

    public static BatchLoader<int, IReadOnlyList<RecordOrganisation>> OrganisationLinksByRecord(this IResolveFieldContext c) =>
        c.ByParent("Record.organisationLinks", (db, ids) => db.RecordOrganisations
            .Where(x => ids.Contains(x.RecordId)).OrderBy(x => x.OrganisationId).ThenBy(x => x.Role)
            .Select(x => new Keyed<RecordOrganisation>
            {
                Key = x.RecordId,
                Value = new RecordOrganisation { RecordId = x.RecordId, OrganisationId = x.OrganisationId, Role = x.Role },
            }));

    public static BatchLoader<int, IReadOnlyList<EvidenceAssessment>> AssessmentsByRecord(this IResolveFieldContext c) =>
        c.ByParent("Record.evidenceAssessments", (db, ids) => db.EvidenceAssessments.Where(a => ids.Contains(a.RecordId)).OrderBy(a => a.Id)
            .Select(a => new Keyed<EvidenceAssessment> { Key = a.RecordId, Value = a }));

    public static BatchLoader<int, IReadOnlyList<StatedMunicipalityCount>> StatedCountsByRecord(this IResolveFieldContext c) =>
        c.ByParent("Record.statedMunicipalityCounts", (db, ids) => db.StatedMunicipalityCounts.Where(s => ids.Contains(s.RecordId)).OrderBy(s => s.Id)
            .Select(s => new Keyed<StatedMunicipalityCount> { Key = s.RecordId, Value = s }));

    /// <summary>Slugs are unique across all kinds; callers check the kind they expect.</summary>
    public static BatchLoader<string, Record?> RecordBySlug(this IResolveFieldContext c) =>
        c.ByKey<string, Record>("Record.bySlug", (db, slugs) => db.Records.Visible().Where(r => slugs.Contains(r.Slug)), r => r.Slug);
}
