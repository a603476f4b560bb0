using GraphQL.Types;
using KnowledgeHub.Api.FamilyPrograms;
using KnowledgeHub.GraphQL.Paging;
using KnowledgeHub.Api.GraphQL.Paging;
using KnowledgeHub.Api.Records;
using KnowledgeHub.Domain.Places;
using KnowledgeHub.Domain.Records;
using KnowledgeHub.Api.Federation;
using KnowledgeHub.Api.GraphQL;

namespace KnowledgeHub.Api.Municipalities;

public sealed class MunicipalityGraphType : NodeGraphType<Municipality>
{
    public MunicipalityGraphType()
        : base("Municipality", "One of Denmark's 98 municipalities (kommuner).", m => m.Code)
    {
        this.EntityKey("code", (c, code) => c.MunicipalityByCode().Load(code));
        Field(m => m.Code).Description("The official four-digit kommunekode, e.g. \"0101\" for København.");
        Field(m => m.Name).Description("The municipality's name.");
        Field(m => m.Slug).Description("A readable identifier, e.g. \"koebenhavn\".");
        Field<NonNullGraphType<RegionGraphType>>("region").Description("The region it lies in.")
            .Resolve(c => c.RegionById().Load(c.Source.RegionId));
        Field<NonNullGraphType<SourceReferenceGraphType>>("source").Description("Where the code and name come from.").Resolve(c => c.Source.Source);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImplementationGraphType>>>>("implementations")
            .Description("Family programmes used in the municipality.")
            .Resolve(c => c.ImplementationsByMunicipality().Load(c.Source.Id));
        this.ChildConnection<Municipality, RecordGraphType, Record>(
                "records", "Every record that involves the municipality: as partner, reference, subject, or where a programme is implemented.",
                MunicipalityRecords.Source)
            .UseFiltering<RecordFilterInputGraphType>().UseSorting<RecordSortInputGraphType>();
    }
}
