using GraphQL;
using KnowledgeHub.Api.Access;
using KnowledgeHub.GraphQL.DataLoading;
using KnowledgeHub.Api.GraphQL.DataLoading;
using KnowledgeHub.Domain.Records;
using KnowledgeHub.Domain.FamilyPrograms;
using KnowledgeHub.Domain.Places;
using KnowledgeHub.Api.Records;

namespace KnowledgeHub.Api.Municipalities;

public static class MunicipalityDataLoaders
{
    public static BatchLoader<int, Municipality?> MunicipalityById(this IResolveFieldContext c) =>
        c.ById("Municipality.byId", (db, ids) => db.Municipalities.Where(m => ids.Contains(m.Id)), m => m.Id);

    public static BatchLoader<int, Region?> RegionById(this IResolveFieldContext c) =>
        c.ById("Region.byId", (db, ids) => db.Regions.Where(r => ids.Contains(r.Id)), r => r.Id);

    /// <summary>Municipality and region ids carry the official code, which is also the federation key.</summary>
    public static BatchLoader<string, Municipality?> MunicipalityByCode(this IResolveFieldContext c) =>
        c.ByKey<string, Municipality>("Municipality.byCode", (db, codes) => db.Municipalities.Where(m => codes.Contains(m.Code)), m => m.Code);

    public static BatchLoader<string, Region?> RegionByCode(this IResolveFieldContext c) =>
        c.ByKey<string, Region>("Region.byCode", (db, codes) => db.Regions.Where(r => codes.Contains(r.Code)), r => r.Code);

    public static BatchLoader<int, IReadOnlyList<Municipality>> MunicipalitiesByRegion(this IResolveFieldContext c) =>
        c.ByParent("Region.municipalities", (db, ids) => db.Municipalities.Where(m => ids.Contains(m.RegionId)).OrderBy(m => m.Code)
            .Select(m => new Keyed<Municipality> { Key = m.RegionId, Value = m }));

    /// <summary>Implementations of programmes the reader may see only: a draft programme's pilots stay hidden too.</summary>
    public static BatchLoader<int, IReadOnlyList<Implementation>> ImplementationsByMunicipality(this IResolveFieldContext c)
    {
        var reader = c.Actor();
        return c.ByParent("Municipality.implementations", (db, ids) => db.Implementations
            .Where(i => i.MunicipalityId != null && ids.Contains(i.MunicipalityId.Value)
                        && db.Records.VisibleTo(reader).Any(r => r.Id == i.RecordId))
            .OrderBy(i => i.RecordId).ThenBy(i => i.Id)
            .Select(i => new Keyed<Implementation> { Key = i.MunicipalityId!.Value, Value = i }));
    }
}
