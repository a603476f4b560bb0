using GraphQL.Types;
using KnowledgeHub.GraphQL.Relay;
using KnowledgeHub.Domain.Taxonomy;
using KnowledgeHub.Api.Federation;

namespace KnowledgeHub.Api.Themes;

public sealed class TargetGroupGraphType : ObjectGraphType<TargetGroup>
{
    public TargetGroupGraphType()
    {
        Name = "TargetGroup";
        Description = "Whom an intervention is for.";
        Interface<NodeInterfaceGraphType>();
        IsTypeOf = o => o is TargetGroup;
        this.GlobalIdKey();
        this.EntityKey("slug", (c, slug) => c.TargetGroupBySlug().Load(slug));
        Field<NonNullGraphType<IdGraphType>>("id").Description("An opaque, stable global id.").Resolve(c => GlobalId.Encode(Name, c.Source.Id));
        Field(t => t.Slug).Description("A readable identifier.");
        Field(t => t.Name).Description("The Danish name.");
        Field(t => t.EnglishName).Description("The English label.");
        Field(t => t.Description, nullable: true).Description("Who belongs to it, in Danish.");
        Field(t => t.AgeMin, nullable: true).Description("Youngest age, where the group has one.");
        Field(t => t.AgeMax, nullable: true).Description("Oldest age, where the group has one.");
    }
}
