using KnowledgeHub.GraphQL.Sorting;
using KnowledgeHub.Domain.Organisations;

namespace KnowledgeHub.Api.Organisations;

public sealed class OrganisationSortInputGraphType : SortInputGraphType<Organisation>
{
    public OrganisationSortInputGraphType() : base("OrganisationSortInput", "How to order organisations; in the catalogue's order unless told otherwise.")
    {
        Field("name", o => o.Name, "By current name.");
        Field("abbreviation", o => o.Abbreviation, "By abbreviation (those without one last).");
        Field("slug", o => o.Slug, "By slug.");
        UniqueKey(o => o.Id);
    }
}
