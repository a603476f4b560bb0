using KnowledgeHub.GraphQL;
using KnowledgeHub.GraphQL.Scalars;
using GraphQL.Types;
using KnowledgeHub.GraphQL.Relay;
using KnowledgeHub.Api.Organisations;
using KnowledgeHub.Domain.Access;

namespace KnowledgeHub.Api.Access;

public sealed class ApiKeyGraphType : ObjectGraphType<ApiKey>
{
    public ApiKeyGraphType()
    {
        Name = "ApiKey";
        Description = "An API key, as admins see it: never the key itself, which is shown once when created.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("An opaque, stable id.").Resolve(c => GlobalId.Encode(Name, c.Source.Id));
        Field(k => k.Name).Description("What the key is for.");
        Field(k => k.Prefix).Description("The public part of the key (the 8 characters after `kh_`), to recognise it.");
        Field<NonNullGraphType<ApiKeyRoleGraphType>>("role").Description("What the key may do.").Resolve(c => c.Source.Role);
        Field<OrganisationGraphType>("organisation").Description("The organisation a partner key acts for.").Resolve(c => c.Source.Organisation);
        Field<NonNullGraphType<DateTimeScalarGraphType>>("createdAt").Description("When it was created (UTC).").Resolve(c => c.Source.CreatedAt);
        Field<DateTimeScalarGraphType>("revokedAt").Description("When it was revoked (UTC); null while it works.").Resolve(c => c.Source.RevokedAt);
    }
}

public sealed class ApiKeyRoleGraphType() : NamedEnumGraphType<ApiKeyRole>(
    "ApiKeyRole", "PARTNER: its own organisation's records. EDITOR: all records. ADMIN: an editor who also manages keys.");
