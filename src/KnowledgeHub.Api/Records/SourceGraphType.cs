using GraphQL.Types;
using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Api.Records;

public sealed class SourceGraphType : ObjectGraphType<Source>
{
    public SourceGraphType()
    {
        Name = "Source";
        Description = "A document or page a record's facts come from.";
        Field(s => s.Title).Description("Title of the source.");
        Field(s => s.Url).Description("Where to read it.");
        Field(s => s.Publisher, nullable: true).Description("Who published it.");
        Field(s => s.Date, nullable: true).Description("ISO 8601, as precise as known: 2019, 2019-05 or 2019-05-16.");
    }
}
