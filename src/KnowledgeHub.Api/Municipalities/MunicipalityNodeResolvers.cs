using GraphQL;
using GraphQL.DataLoader;
using KnowledgeHub.GraphQL.DataLoading;
using KnowledgeHub.Api.GraphQL.DataLoading;
using KnowledgeHub.GraphQL.Relay;
using KnowledgeHub.Domain.Places;

namespace KnowledgeHub.Api.Municipalities;

/// <summary>Municipality and region ids carry the official code, which is also the federation key.</summary>
public sealed class MunicipalityNodeResolver : INodeResolver
{
    public string TypeName => "Municipality";

    public IDataLoaderResult<object?>? Resolve(IResolveFieldContext context, string key) =>
        context.MunicipalityByCode().Load(key).Then(m => (object?)m);
}

public sealed class RegionNodeResolver : INodeResolver
{
    public string TypeName => "Region";

    public IDataLoaderResult<object?>? Resolve(IResolveFieldContext context, string key) =>
        context.RegionByCode().Load(key).Then(r => (object?)r);
}

public static class MunicipalityCodeLoaders
{
    public static BatchLoader<string, Municipality?> MunicipalityByCode(this IResolveFieldContext c) =>
        c.ByKey<string, Municipality>("Municipality.byCode", (db, codes) => db.Municipalities.Where(m => codes.Contains(m.Code)), m => m.Code);

    public static BatchLoader<string, Region?> RegionByCode(this IResolveFieldContext c) =>
        c.ByKey<string, Region>("Region.byCode", (db, codes) => db.Regions.Where(r => codes.Contains(r.Code)), r => r.Code);
}
