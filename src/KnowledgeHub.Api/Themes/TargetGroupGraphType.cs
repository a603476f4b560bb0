using GraphQL.Types;
using KnowledgeHub.Domain.Taxonomy;
using KnowledgeHub.Api.Federation;
using KnowledgeHub.Api.GraphQL;

namespace KnowledgeHub.Api.Themes;

public sealed class TargetGroupGraphType : NodeGraphType<TargetGroup>
{
    public TargetGroupGraphType()
        : base("TargetGroup", "Whom an intervention is for.", t => t.Id)
    {
        this.EntityKey("slug", (c, slug) => c.TargetGroupBySlug().Load(slug));
        Field(t => t.Slug).Description("A readable identifier.");
        Field(t => t.Name).Description("The Danish name.");
        Field(t => t.EnglishName).Description("The English label.");
        Field(t => t.Description, nullable: true).Description("Who belongs to it, in Danish.");
        Field(t => t.AgeMin, nullable: true).Description("Youngest age, where the group has one.");
        Field(t => t.AgeMax, nullable: true).Description("Oldest age, where the group has one.");
    }
}
