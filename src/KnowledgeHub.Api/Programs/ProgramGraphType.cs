using KnowledgeHub.GraphQL;
using GraphQL.Types;
using KnowledgeHub.Api.Records;
using KnowledgeHub.Domain.Programs;

namespace KnowledgeHub.Api.Programs;

public sealed class ProgramGraphType : RecordKindGraphType<InterventionProgram>
{
    public ProgramGraphType()
        : base("Program", "A national programme, initiative or sub-initiative; initiatives are the children of their programme.")
    {
        Field<NonNullGraphType<ProgramCategoryGraphType>>("category").Description("What kind of programme this is.").Resolve(c => c.Source.Category);
        Field(p => p.FundingAmountDkk, nullable: true).Description("Funding in Danish kroner, as the source states it.");
        Field(p => p.FundingSource, nullable: true).Description("Where the funding came from, as the source names it.");
    }
}

public sealed class ProgramCategoryGraphType() : NamedEnumGraphType<ProgramCategory>(
    "ProgramCategory", "Package, political agreement, programme, initiative, project, advisory, course or phase.");
