using GraphQL.Types;
using KnowledgeHub.GraphQL.Paging;
using KnowledgeHub.Api.GraphQL.Paging;
using KnowledgeHub.Api.Records;
using KnowledgeHub.Domain.Records;
using KnowledgeHub.Domain.Taxonomy;
using KnowledgeHub.Api.Federation;
using KnowledgeHub.Api.GraphQL;

namespace KnowledgeHub.Api.Themes;

public sealed class ThemeGraphType : NodeGraphType<Theme>
{
    public ThemeGraphType()
        : base("Theme", "A theme of the taxonomy, named in Danish with an English label.", t => t.Id)
    {
        this.EntityKey("slug", (c, slug) => c.ThemeBySlug().Load(slug));
        Field(t => t.Slug).Description("A readable identifier, e.g. \"tidlig-opsporing\".");
        Field(t => t.Name).Description("The Danish name.");
        Field(t => t.EnglishName).Description("The English label.");
        Field(t => t.Description, nullable: true).Description("What the theme covers, in Danish.");
        Field<ThemeGraphType>("parent").Description("The broader theme, if any.")
            .Resolve(c => c.Source.ParentId is { } id ? c.ThemeById().Load(id) : null);
        this.ChildConnection<Theme, RecordGraphType, Record>("records", "The records with this theme.", ThemeRecords.Source)
            .UseFiltering<RecordFilterInputGraphType>().UseSorting<RecordSortInputGraphType>();
    }
}
