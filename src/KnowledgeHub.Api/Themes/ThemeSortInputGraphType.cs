using KnowledgeHub.GraphQL.Sorting;
using KnowledgeHub.Domain.Taxonomy;

namespace KnowledgeHub.Api.Themes;

public sealed class ThemeSortInputGraphType : SortInputGraphType<Theme>
{
    public ThemeSortInputGraphType() : base("ThemeSortInput", "How to order themes; in the taxonomy's order unless told otherwise.")
    {
        Field("name", t => t.Name, "By Danish name.");
        Field("englishName", t => t.EnglishName, "By English label.");
        Field("slug", t => t.Slug, "By slug.");
        UniqueKey(t => t.Id);
    }
}
