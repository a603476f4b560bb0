using KnowledgeHub.GraphQL.Sorting;
using KnowledgeHub.Api.Organisations;
using KnowledgeHub.Domain.Organisations;
using KnowledgeHub.Domain.Publications;

namespace KnowledgeHub.Api.Publications;

public sealed class PublicationSortInputGraphType : SortInputGraphType<Publication>
{
    public PublicationSortInputGraphType() : base("PublicationSortInput", "How to order publications; newest first unless told otherwise.")
    {
        Field("title", p => p.Title, "By title.");
        Field("year", p => p.Year, "By year (those without one last).");
        Field("slug", p => p.Slug, "By slug.");
        Object<Organisation, OrganisationSortInputGraphType>("publisher", p => p.Publisher, "By publisher.");
        UniqueKey(p => p.Id);
        DefaultOrder("year", SortDirection.Desc);
    }
}
