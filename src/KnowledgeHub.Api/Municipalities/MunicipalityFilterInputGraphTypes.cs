using KnowledgeHub.GraphQL.Filtering;
using KnowledgeHub.Domain.Places;

namespace KnowledgeHub.Api.Municipalities;

public sealed class MunicipalityFilterInputGraphType : FilterInputGraphType<Municipality>
{
    public MunicipalityFilterInputGraphType() : base("MunicipalityFilterInput", "Conditions on a municipality.")
    {
        String("code", m => m.Code, "The four-digit kommunekode.");
        String("name", m => m.Name, "The name.");
        String("slug", m => m.Slug, "The readable identifier.");
        Object<Region, RegionFilterInputGraphType>("region", m => m.Region, "The region it lies in.");
    }
}

public sealed class RegionFilterInputGraphType : FilterInputGraphType<Region>
{
    public RegionFilterInputGraphType() : base("RegionFilterInput", "Conditions on a region.")
    {
        String("code", r => r.Code, "The region code, 1081–1085.");
        String("name", r => r.Name, "The name.");
        String("slug", r => r.Slug, "The readable identifier.");
    }
}
