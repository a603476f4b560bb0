using GraphQL.Types;
using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Api.Records;

public sealed class RecordKindGraphType : EnumerationGraphType<RecordKind>
{
    public RecordKindGraphType()
    {
        Name = "RecordKind";
        Description = "The four kinds of record.";
    }
}

public sealed class RecordStatusGraphType : EnumerationGraphType<RecordStatus>
{
    public RecordStatusGraphType()
    {
        Name = "RecordStatus";
        Description = "Drafts and archived records are visible to editors only.";
    }
}

public sealed class MunicipalityRoleGraphType : EnumerationGraphType<MunicipalityRole>
{
    public MunicipalityRoleGraphType()
    {
        Name = "MunicipalityRole";
        Description = "A municipality's part in a record; SUBJECT is the municipality a case or experience is about.";
    }
}

public sealed class OrganisationRoleGraphType : EnumerationGraphType<OrganisationRole>
{
    public OrganisationRoleGraphType()
    {
        Name = "OrganisationRole";
        Description = "An organisation's part in a record, besides owning it.";
    }
}
