using GraphQL.Types;
using KnowledgeHub.Api.Records;
using KnowledgeHub.Domain.Places;
using KnowledgeHub.Api.Federation;
using KnowledgeHub.Api.GraphQL;

namespace KnowledgeHub.Api.Municipalities;

public sealed class RegionGraphType : NodeGraphType<Region>
{
    public RegionGraphType()
        : base("Region", "One of Denmark's five regions.", r => r.Code)
    {
        this.EntityKey("code", (c, code) => c.RegionByCode().Load(code));
        Field(r => r.Code).Description("The official region code, 1081–1085.");
        Field(r => r.Name).Description("The region's name, e.g. \"Region Hovedstaden\".");
        Field(r => r.Slug).Description("A readable identifier.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MunicipalityGraphType>>>>("municipalities")
            .Description("The municipalities in the region, by code.")
            .Resolve(c => c.MunicipalitiesByRegion().Load(c.Source.Id));
        Field<NonNullGraphType<SourceReferenceGraphType>>("source").Description("Where the code and name come from.").Resolve(c => c.Source.Source);
    }
}
