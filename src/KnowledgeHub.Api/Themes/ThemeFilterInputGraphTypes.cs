using KnowledgeHub.GraphQL.Filtering;
using KnowledgeHub.Domain.Taxonomy;

namespace KnowledgeHub.Api.Themes;

public sealed class ThemeFilterInputGraphType : FilterInputGraphType<Theme>
{
    public ThemeFilterInputGraphType() : base("ThemeFilterInput", "Conditions on a theme.")
    {
        String("slug", t => t.Slug, "The readable identifier.");
        String("name", t => t.Name, "The Danish name.");
        String("englishName", t => t.EnglishName, "The English label.");
        String("description", t => t.Description, "What the theme covers.");
        Object<Theme, ThemeFilterInputGraphType>("parent", t => t.Parent, "The broader theme.");
    }
}

public sealed class TargetGroupFilterInputGraphType : FilterInputGraphType<TargetGroup>
{
    public TargetGroupFilterInputGraphType() : base("TargetGroupFilterInput", "Conditions on a target group.")
    {
        String("slug", t => t.Slug, "The readable identifier.");
        String("name", t => t.Name, "The Danish name.");
        String("englishName", t => t.EnglishName, "The English label.");
        Int("ageMin", t => t.AgeMin, "Youngest age.");
        Int("ageMax", t => t.AgeMax, "Oldest age.");
    }
}
