using KnowledgeHub.Api.Records;
using KnowledgeHub.Domain.FamilyPrograms;

namespace KnowledgeHub.Api.FamilyPrograms;

public sealed class FamilyProgramSortInputGraphType : RecordSortInputGraphTypeBase<FamilyProgram>
{
    public FamilyProgramSortInputGraphType() : base("FamilyProgramSortInput", "How to order family programmes.") =>
        Field("abbreviation", p => p.Abbreviation, "By abbreviation (those without one last).");
}
