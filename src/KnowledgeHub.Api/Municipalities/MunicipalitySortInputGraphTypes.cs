using KnowledgeHub.GraphQL.Sorting;
using KnowledgeHub.Domain.Places;

namespace KnowledgeHub.Api.Municipalities;

public sealed class MunicipalitySortInputGraphType : SortInputGraphType<Municipality>
{
    public MunicipalitySortInputGraphType() : base("MunicipalitySortInput", "How to order municipalities; by code unless told otherwise.")
    {
        Field("code", m => m.Code, "By kommunekode.");
        Field("name", m => m.Name, "By name.");
        Field("slug", m => m.Slug, "By slug.");
        Object<Region, RegionSortInputGraphType>("region", m => m.Region, "By the region's code or name.");
        UniqueKey(m => m.Id);
        DefaultOrder("code");
    }
}

public sealed class RegionSortInputGraphType : SortInputGraphType<Region>
{
    public RegionSortInputGraphType() : base("RegionSortInput", "How to order regions.")
    {
        Field("code", r => r.Code, "By region code.");
        Field("name", r => r.Name, "By name.");
        UniqueKey(r => r.Id);
        DefaultOrder("code");
    }
}
