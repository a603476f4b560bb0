using System.Runtime.InteropServices;
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

    /// <summary>Records as anonymous readers see them, whoever asks: the change feed is the public view.</summary>
    public static BatchLoader<int, Record?> PublicRecordById(this IResolveFieldContext c) =>
        c.ById("Record.publicById", (db, ids) => db.Records.Visible().Where(r => ids.Contains(r.Id)), r => r.Id);

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
    /// The themes and municipality links a level's records ask for, in one statement: a page showing
    /// both opened a context and a connection and prepared a statement for each. A key names the
    /// record and the list it wants, so a level asking for themes alone reads no links. Only the link
    /// pairs are read; the themes and municipalities come from <see cref="ReferenceTables"/>. The
    /// database orders the themes by id and the links by code, then role (codes are digits and the
    /// roles' names differ in a lowercase letter, so every collation orders them as ordinal does).
    /// </summary>
    public static BatchLoader<(int Record, bool Municipalities), RecordLinks> LinksByRecord(this IResolveFieldContext c) =>
        c.ByFetch<(int Record, bool Municipalities), RecordLinks>("Record.links", static async (db, services, keys, ct) =>
        {
            var tables = await services.GetRequiredService<ReferenceTables>().CurrentAsync(ct);
            string Ids(bool municipalities) => RelationalReads.InList(keys.Where(k => k.Municipalities == municipalities).Select(k => k.Record));
            var (themes, links) = (Ids(false), Ids(true));
            string?[] parts =
            [
                themes.Length == 0 ? null : $"SELECT \"RecordId\", 0, \"ThemesId\", NULL, NULL FROM \"RecordThemes\" WHERE \"RecordId\" IN ({themes})",
                links.Length == 0 ? null : $"SELECT l.\"RecordId\", 1, l.\"MunicipalityId\", l.\"Role\", m.\"Code\" FROM \"RecordMunicipalities\" l "
                    + $"JOIN \"Municipalities\" m ON m.\"Id\" = l.\"MunicipalityId\" WHERE l.\"RecordId\" IN ({links})",
            ];
            var rows = await db.ReadAsync(string.Join(" UNION ALL ", parts.OfType<string>()) + " ORDER BY 2, 5, 4, 3",
                r => (Record: r.GetInt32(0), Id: r.GetInt32(2), Role: r.IsDBNull(3) ? null : r.GetString(3)), ct);
            var found = new Dictionary<(int Record, bool Municipalities), RecordLinks>(keys.Count);
            foreach (var (record, id, role) in rows)
            {
                // A record asked for both lists has one RecordLinks under both keys.
                ref var of = ref CollectionsMarshal.GetValueRefOrAddDefault(found, (record, role is not null), out _);
                of ??= found.GetValueOrDefault((record, role is null)) ?? new RecordLinks();
                if (role is null)
                {
                    of.Themes.Add(tables.Themes[id]);
                }
                else
                {
                    of.Municipalities.Add(new RecordMunicipality
                    {
                        RecordId = record, MunicipalityId = id, Role = Enum.Parse<MunicipalityRole>(role), Municipality = tables.Municipalities[id],
                    });
                }
            }

            return found;
        }, RecordLinks.None);

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
