using KnowledgeHub.GraphQL.Scalars;
using GraphQL.Types;
using KnowledgeHub.Api.Records;

namespace KnowledgeHub.Api.Programs;

public sealed class CreateProgramInputGraphType() : RecordInputGraphType(
    "CreateProgramInput", "A new programme, initiative or sub-initiative, in the fields of the seed format.", update: false, ProgramInputFields.AddTo);

public sealed class UpdateProgramInputGraphType() : RecordInputGraphType(
    "UpdateProgramInput", "The programme to change, the version read, and the fields to replace.", update: true, ProgramInputFields.AddTo);

internal static class ProgramInputFields
{
    public static void AddTo(InputObjectGraphType type, bool update)
    {
        RecordInputFields.Required<ProgramCategoryGraphType>(type, update, "category", "What kind of programme this is.");
        type.Field<LongScalarGraphType>("fundingAmountDkk").Description("Funding in Danish kroner, as the source states it.");
        type.Field<StringGraphType>("fundingSource").Description("Where the funding came from, as the source names it.");
    }
}
