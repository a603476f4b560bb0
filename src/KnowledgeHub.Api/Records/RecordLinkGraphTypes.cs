using GraphQL.Types;
using KnowledgeHub.Api.Municipalities;
using KnowledgeHub.Api.Organisations;
using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Api.Records;

public sealed class RecordMunicipalityGraphType : ObjectGraphType<RecordMunicipality>
{
    public RecordMunicipalityGraphType()
    {
        Name = "RecordMunicipality";
        Description = "A municipality's part in a record.";
        Field<NonNullGraphType<MunicipalityGraphType>>("municipality").Description("The municipality.").Resolve(c => c.Source.Municipality);
        Field<NonNullGraphType<MunicipalityRoleGraphType>>("role").Description("Its role.").Resolve(c => c.Source.Role);
    }
}

public sealed class RecordOrganisationGraphType : ObjectGraphType<RecordOrganisation>
{
    public RecordOrganisationGraphType()
    {
        Name = "RecordOrganisation";
        Description = "An organisation's part in a record.";
        // Through the organisation loader, so it comes with its names like anywhere else.
        Field<NonNullGraphType<OrganisationGraphType>>("organisation").Description("The organisation.")
            .Resolve(c => c.OrganisationById().Load(c.Source.OrganisationId));
        Field<NonNullGraphType<OrganisationRoleGraphType>>("role").Description("Its role.").Resolve(c => c.Source.Role);
    }
}
