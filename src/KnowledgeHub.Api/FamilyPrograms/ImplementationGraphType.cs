using KnowledgeHub.GraphQL;
using GraphQL.Types;
using KnowledgeHub.Api.Municipalities;
using KnowledgeHub.Api.Organisations;
using KnowledgeHub.Api.Records;
using KnowledgeHub.Domain.FamilyPrograms;

namespace KnowledgeHub.Api.FamilyPrograms;

public sealed class ImplementationGraphType : ObjectGraphType<Implementation>
{
    public ImplementationGraphType()
    {
        Name = "Implementation";
        Description = "A family programme in use somewhere: municipality or provider, years, status.";
        Field<FamilyProgramGraphType>("familyProgram").Description("The programme.")
            .Resolve(c => c.RecordById().Load(c.Source.RecordId));
        Field<MunicipalityGraphType>("municipality").Description("The municipality, where one is named.")
            .Resolve(c => c.Source.MunicipalityId is { } id ? c.MunicipalityById().Load(id) : null);
        Field<OrganisationGraphType>("organisation").Description("The provider or other organisation, where one is named.")
            .Resolve(c => c.Source.OrganisationId is { } id ? c.OrganisationById().Load(id) : null);
        Field(i => i.StartYear, nullable: true).Description("First year, where known.");
        Field(i => i.EndYear, nullable: true).Description("Last year, where it has ended.");
        Field<NonNullGraphType<ImplementationStatusGraphType>>("status").Description("Pilot, running, stopped, ...").Resolve(c => c.Source.Status);
        Field(i => i.Note, nullable: true).Description("What the source adds, in Danish.");
        Field<NonNullGraphType<SourceReferenceGraphType>>("source").Description("Where this is stated.").Resolve(c => c.Source.Source);
    }
}

public sealed class ImplementationStatusGraphType() : NamedEnumGraphType<ImplementationStatus>(
    "ImplementationStatus", "UNKNOWN when a source says it is used but not since when or whether still.");
