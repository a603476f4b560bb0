using KnowledgeHub.GraphQL.Scalars;
using GraphQL.Types;
using KnowledgeHub.Api.Records;
using KnowledgeHub.Domain.LegalBases;
using KnowledgeHub.Api.Federation;
using KnowledgeHub.Api.GraphQL;

namespace KnowledgeHub.Api.LegalBases;

public sealed class LegalBasisGraphType : NodeGraphType<LegalBasis>
{
    public LegalBasisGraphType()
        : base("LegalBasis", "A law and paragraph, with the period it was in force.", l => l.Id)
    {
        this.EntityKey("slug", (c, slug) => c.LegalBasisBySlug().Load(slug));
        Field(l => l.Slug).Description("A readable identifier.");
        Field(l => l.Law).Description("The law, e.g. \"Serviceloven\" or \"Barnets Lov\".");
        Field(l => l.Paragraph).Description("The paragraph, e.g. \"§ 11\".");
        Field(l => l.Title).Description("What the paragraph is about, in Danish.");
        Field<DateScalarGraphType>("validFrom").Description("In force from.").Resolve(c => c.Source.ValidFrom);
        Field<DateScalarGraphType>("validTo").Description("In force until; null while in force.").Resolve(c => c.Source.ValidTo);
        Field(l => l.Url, nullable: true).Description("The text of the law.");
        Field(l => l.Note, nullable: true).Description("A note, in Danish.");
        Field<NonNullGraphType<SourceReferenceGraphType>>("source").Description("Where these facts come from.").Resolve(c => c.Source.Source);
    }
}
