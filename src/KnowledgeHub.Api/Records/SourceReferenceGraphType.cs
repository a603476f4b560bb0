using GraphQL.Types;
using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Api.Records;

/// <summary>The same shape as <see cref="SourceGraphType"/>, for facts that are not records (assessments, implementations).</summary>
public sealed class SourceReferenceGraphType : ObjectGraphType<SourceReference>
{
    public SourceReferenceGraphType()
    {
        Name = "SourceReference";
        Description = "The source of a single fact.";
        Field(s => s.Title).Description("Title of the source.");
        Field(s => s.Url).Description("Where to read it.");
        Field(s => s.Publisher, nullable: true).Description("Who published it.");
        Field(s => s.Date, nullable: true).Description("ISO 8601, as precise as known.");
    }
}
