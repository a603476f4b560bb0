using KnowledgeHub.GraphQL.Filtering;
using KnowledgeHub.Domain.Organisations;

namespace KnowledgeHub.Api.Organisations;

public sealed class OrganisationFilterInputGraphType : FilterInputGraphType<Organisation>
{
    public OrganisationFilterInputGraphType() : base("OrganisationFilterInput", "Conditions on an organisation.")
    {
        String("slug", o => o.Slug, "The readable identifier.");
        String("name", o => o.Name, "The current name.");
        String("abbreviation", o => o.Abbreviation, "The usual abbreviation.");
        Enum<OrganisationKind, OrganisationKindGraphType>("kind", o => o.Kind, "What kind of organisation.");
        String("url", o => o.Url, "Its website.");
        List<OrganisationName, OrganisationNameFilterInputGraphType>("names", o => o.Names, "Its names over time (find it by a former name).");
    }
}

public sealed class OrganisationNameFilterInputGraphType : FilterInputGraphType<OrganisationName>
{
    public OrganisationNameFilterInputGraphType() : base("OrganisationNameFilterInput", "Conditions on a name an organisation had.")
    {
        String("name", n => n.Name, "The name.");
    }
}
