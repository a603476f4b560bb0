using GraphQL.Types;
using KnowledgeHub.GraphQL.Relay;
using KnowledgeHub.Api.Records;
using KnowledgeHub.Domain.Places;
using KnowledgeHub.Api.Federation;

namespace KnowledgeHub.Api.Municipalities;

public sealed class RegionGraphType : ObjectGraphType<Region>
{
    public RegionGraphType()
    {
        Name = "Region";
        Description = "One of Denmark's five regions.";
        Interface<NodeInterfaceGraphType>();
        IsTypeOf = o => o is Region;
        this.GlobalIdKey();
        this.EntityKey("code", (c, code) => c.RegionByCode().Load(code));
        Field<NonNullGraphType<IdGraphType>>("id").Description("An opaque, stable global id.")
            .Resolve(c => GlobalId.Encode(Name, c.Source.Code));
        Field(r => r.Code).Description("The official region code, 1081–1085.");
        Field(r => r.Name).Description("The region's name, e.g. \"Region Hovedstaden\".");
        Field(r => r.Slug).Description("A readable identifier.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MunicipalityGraphType>>>>("municipalities")
            .Description("The municipalities in the region, by code.")
            .Resolve(c => c.MunicipalitiesByRegion().Load(c.Source.Id));
        Field<NonNullGraphType<SourceReferenceGraphType>>("source").Description("Where the code and name come from.").Resolve(c => c.Source.Source);
    }
}
