using GraphQL.Types;
using KnowledgeHub.GraphQL.DataLoading;
using KnowledgeHub.Api.Records;
using KnowledgeHub.Domain.FamilyPrograms;
using KnowledgeHub.Import.Indexing;

namespace KnowledgeHub.Api.FamilyPrograms;

public sealed class FamilyProgramGraphType : RecordKindGraphType<FamilyProgram>
{
    public FamilyProgramGraphType()
        : base("FamilyProgram", "An evidence-based family programme (PMTO, De Utrolige År, FFT, MST, ...); variants are its children.")
    {
        Field(p => p.FullName, nullable: true).Description("The programme's full (often English) name.");
        Field(p => p.Abbreviation, nullable: true).Description("The usual abbreviation.");
        Field(p => p.Origin, nullable: true).Description("Who developed it, where.");
        Field(p => p.TargetGroupDescription, nullable: true).Description("The target group, as the sources describe it.");
        Field(p => p.Format, nullable: true).Description("How it is delivered (individual, group, home-based, ...).");
        Field(p => p.Duration, nullable: true).Description("How long a course lasts, as the sources give it.");
        Field(p => p.Cost, nullable: true).Description("What a course costs or saves, with the source's figures and year.");
        Field(p => p.Staffing, nullable: true).Description("Team size and caseload: how many staff, how many families each.");
        Field(p => p.Training, nullable: true).Description("Training, supervision and certification the staff need.");
        Field(p => p.OutcomesTargeted, nullable: true).Description("What the programme aims to change, in the sources' terms.");
        Field<NonNullGraphType<EvidenceLevelGraphType>>("evidenceOfEffect")
            .Description("The best level among its assessments of effect; ratings of target group, method, implementation or economy do not count. UNKNOWN means not rated for effect, which is not NO_EFFECT_SHOWN (docs/evidence.md).")
            .Resolve(c => c.AssessmentsByRecord().Load(c.Source.Id).Then(list => EvidenceOfEffect.Of(list)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImplementationGraphType>>>>("implementations")
            .Description("Where in Denmark it is or was used, with years and status.")
            .Resolve(c => c.ImplementationsByRecord().Load(c.Source.Id));
    }
}
