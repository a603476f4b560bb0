using KnowledgeHub.Api.Records;
using KnowledgeHub.Domain.Programs;

namespace KnowledgeHub.Api.Programs;

public sealed class ProgramSortInputGraphType : RecordSortInputGraphTypeBase<InterventionProgram>
{
    public ProgramSortInputGraphType() : base("ProgramSortInput", "How to order programmes.") =>
        Field("fundingAmountDkk", p => p.FundingAmountDkk, "By funding (those without a known amount last).");
}
