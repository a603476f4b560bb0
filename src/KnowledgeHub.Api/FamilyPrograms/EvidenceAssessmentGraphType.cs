using KnowledgeHub.GraphQL;
using GraphQL.Types;
using KnowledgeHub.Api.Records;
using KnowledgeHub.Domain.FamilyPrograms;

namespace KnowledgeHub.Api.FamilyPrograms;

public sealed class EvidenceAssessmentGraphType : ObjectGraphType<EvidenceAssessment>
{
    public EvidenceAssessmentGraphType()
    {
        Name = "EvidenceAssessment";
        Description = "One rating of one dimension on one scale, as its source gives it, with a normalised level for comparing scales.";
        Field<NonNullGraphType<EvidenceScaleGraphType>>("scale").Description("The rating scale.").Resolve(c => c.Source.Scale);
        Field(a => a.Dimension).Description("The dimension rated, as the scale names it (\"effekt\", \"målgruppe\", \"overall\").");
        Field(a => a.Level).Description("The level as the scale writes it (\"A\", \"Model\", \"4\").");
        Field<NonNullGraphType<EvidenceLevelGraphType>>("normalizedLevel").Description("The level on the common scale (docs/evidence.md).").Resolve(c => c.Source.NormalizedLevel);
        Field(a => a.Date, nullable: true).Description("When the rating was made or published, ISO 8601 as precise as known.");
        Field(a => a.Note, nullable: true).Description("What the rating rests on, in Danish.");
        Field<NonNullGraphType<SourceReferenceGraphType>>("source").Description("Where the rating is stated.").Resolve(c => c.Source.Source);
    }
}

public sealed class EvidenceScaleGraphType() : NamedEnumGraphType<EvidenceScale>(
    "EvidenceScale", "The Danish knowledge declaration (vidensdeklaration), Blueprints, Ungsinn, or a published evaluation's own conclusion.");

public sealed class EvidenceLevelGraphType() : NamedEnumGraphType<EvidenceLevel>(
    "EvidenceLevel", "A common ordinal for comparing scales, from UNKNOWN to STRONG.");
