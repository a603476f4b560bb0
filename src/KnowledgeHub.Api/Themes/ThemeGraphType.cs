using GraphQL.Types;
using KnowledgeHub.Api.GraphQL.Paging;
using KnowledgeHub.Api.GraphQL.Relay;
using KnowledgeHub.Api.Records;
using KnowledgeHub.Domain.Records;
using KnowledgeHub.Domain.Taxonomy;

namespace KnowledgeHub.Api.Themes;

public sealed class ThemeGraphType : ObjectGraphType<Theme>
{
    public ThemeGraphType()
    {
        Name = "Theme";
        Description = "A theme of the taxonomy, named in Danish with an English label.";
        Interface<NodeInterfaceGraphType>();
        IsTypeOf = o => o is Theme;
        Field<NonNullGraphType<IdGraphType>>("id").Description("An opaque, stable global id.").Resolve(c => GlobalId.Encode(Name, c.Source.Id));
        Field(t => t.Slug).Description("A readable identifier, e.g. \"tidlig-opsporing\".");
        Field(t => t.Name).Description("The Danish name.");
        Field(t => t.EnglishName).Description("The English label.");
        Field(t => t.Description, nullable: true).Description("What the theme covers, in Danish.");
        Field<ThemeGraphType>("parent").Description("The broader theme, if any.")
            .Resolve(c => c.Source.ParentId is { } id ? c.ThemeById().Load(id) : null);
        this.Connection<Theme, RecordGraphType, Record>(
            "records", "The records with this theme.",
            (c, db) => db.Records.Visible(c).Where(r => r.Themes.Any(t => t.Id == c.Source.Id)).OrderBy(r => r.Id));
    }
}
