using KnowledgeHub.GraphQL.Filtering;
using KnowledgeHub.Api.Organisations;
using KnowledgeHub.Domain.Organisations;
using KnowledgeHub.Domain.Publications;

namespace KnowledgeHub.Api.Publications;

public sealed class PublicationFilterInputGraphType : FilterInputGraphType<Publication>
{
    public PublicationFilterInputGraphType() : base("PublicationFilterInput", "Conditions on a publication.")
    {
        String("slug", p => p.Slug, "The readable identifier.");
        String("title", p => p.Title, "The title.");
        Int("year", p => p.Year, "Year of publication.");
        Enum<PublicationKind, PublicationKindGraphType>("kind", p => p.Kind, "Evaluation, report, guide, ...");
        String("authors", p => p.Authors, "The authors, as credited.");
        Object<Organisation, OrganisationFilterInputGraphType>("publisher", p => p.Publisher, "Who published it.");
    }
}
