using KnowledgeHub.Api.Records;
using KnowledgeHub.Domain.FamilyPrograms;
using KnowledgeHub.Import.Indexing;

namespace KnowledgeHub.Api.FamilyPrograms;

public sealed class FamilyProgramSortInputGraphType : RecordSortInputGraphTypeBase<FamilyProgram>
{
    public FamilyProgramSortInputGraphType() : base("FamilyProgramSortInput", "How to order family programmes.")
    {
        Field("abbreviation", p => p.Abbreviation, "By abbreviation (those without one last).");
        Field("evidenceOfEffect", EvidenceOfEffect.RankOf<FamilyProgram>(),
            "By the best level among assessments of effect (DESC: strongest first, then NO_EFFECT_SHOWN, then not rated).");
    }
}
