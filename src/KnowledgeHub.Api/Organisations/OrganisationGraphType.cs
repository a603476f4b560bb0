using KnowledgeHub.GraphQL;
using GraphQL.Types;
using KnowledgeHub.Api.Records;
using KnowledgeHub.Domain.Organisations;
using KnowledgeHub.Api.Federation;
using KnowledgeHub.Api.GraphQL;

namespace KnowledgeHub.Api.Organisations;

public sealed class OrganisationGraphType : NodeGraphType<Organisation>
{
    public OrganisationGraphType()
        : base("Organisation", "An agency, research institute, association, consultancy or provider.", o => o.Id)
    {
        this.EntityKey("slug", (c, slug) => c.OrganisationBySlug().Load(slug));
        Field(o => o.Slug).Description("A readable identifier, e.g. \"vive\".");
        Field(o => o.Name).Description("The current name.");
        Field(o => o.Abbreviation, nullable: true).Description("The usual abbreviation.");
        Field<NonNullGraphType<OrganisationKindGraphType>>("kind").Description("What kind of organisation.").Resolve(c => c.Source.Kind);
        Field(o => o.Url, nullable: true).Description("Its website.");
        Field(o => o.Description, nullable: true).Description("What it does, in Danish.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganisationNameGraphType>>>>("names")
            .Description("Its names over time, oldest first.").Resolve(c => c.Source.Names);
        Field<NonNullGraphType<SourceReferenceGraphType>>("source").Description("Where these facts come from.").Resolve(c => c.Source.Source);
    }
}

public sealed class OrganisationNameGraphType : ObjectGraphType<OrganisationName>
{
    public OrganisationNameGraphType()
    {
        Name = "OrganisationName";
        Description = "A name an organisation had, and when.";
        Field(n => n.Name).Description("The name.");
        Field(n => n.ValidFrom, nullable: true).Description("From, ISO 8601 as precise as known.");
        Field(n => n.ValidTo, nullable: true).Description("To, ISO 8601 as precise as known; null while current.");
    }
}

public sealed class OrganisationKindGraphType() : NamedEnumGraphType<OrganisationKind>("OrganisationKind", "What kind of organisation.");
