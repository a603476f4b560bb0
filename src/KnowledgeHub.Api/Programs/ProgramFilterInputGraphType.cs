using KnowledgeHub.Api.Records;
using KnowledgeHub.Domain.Programs;

namespace KnowledgeHub.Api.Programs;

public sealed class ProgramFilterInputGraphType : RecordFilterInputGraphTypeBase<InterventionProgram>
{
    public ProgramFilterInputGraphType() : base("ProgramFilterInput", "Conditions on a programme.")
    {
        Enum<ProgramCategory, ProgramCategoryGraphType>("category", p => p.Category, "What kind of programme.");
        Long("fundingAmountDkk", p => p.FundingAmountDkk, "Funding in Danish kroner.");
        String("fundingSource", p => p.FundingSource, "Where the funding came from.");
    }
}
