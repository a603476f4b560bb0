using KnowledgeHub.GraphQL;
using GraphQL.Types;
using KnowledgeHub.Api.Organisations;
using KnowledgeHub.Api.Records;
using KnowledgeHub.Domain.Publications;
using KnowledgeHub.Api.Federation;
using KnowledgeHub.Api.GraphQL;

namespace KnowledgeHub.Api.Publications;

public sealed class PublicationGraphType : NodeGraphType<Publication>
{
    public PublicationGraphType()
        : base("Publication", "An evaluation, report or guide.", p => p.Id)
    {
        this.EntityKey("slug", (c, slug) => c.PublicationBySlug().Load(slug));
        Field(p => p.Slug).Description("A readable identifier.");
        Field(p => p.Title).Description("The title, as published.");
        Field(p => p.Year, nullable: true).Description("Year of publication.");
        Field<NonNullGraphType<PublicationKindGraphType>>("kind").Description("Evaluation, report, guide, ...").Resolve(c => c.Source.Kind);
        Field(p => p.Authors, nullable: true).Description("The authors, as credited.");
        Field<OrganisationGraphType>("publisher").Description("Who published it.")
            .Resolve(c => c.Source.PublisherId is { } id ? c.OrganisationById().Load(id) : null);
        Field(p => p.Url, nullable: true).Description("Where to read it.");
        Field(p => p.Summary, nullable: true).Description("What it found, in Danish.");
        Field<NonNullGraphType<SourceReferenceGraphType>>("source").Description("Where these facts come from.").Resolve(c => c.Source.Source);
    }
}

public sealed class PublicationKindGraphType() : NamedEnumGraphType<PublicationKind>("PublicationKind", "What kind of publication.");
