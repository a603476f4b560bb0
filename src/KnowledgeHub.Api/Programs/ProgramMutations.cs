using KnowledgeHub.GraphQL.Scalars;
using GraphQL.Types;
using KnowledgeHub.Api.Records;
using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Api.Programs;

public static class ProgramMutations
{
    public static void AddTo(ObjectGraphType mutation) =>
        RecordMutationFields.AddCreateAndUpdate<CreateProgramInputGraphType, UpdateProgramInputGraphType, ProgramGraphType>(mutation, RecordKind.Program);
}

public sealed class CreateProgramInputGraphType : InputObjectGraphType
{
    public CreateProgramInputGraphType()
    {
        Name = "CreateProgramInput";
        Description = "A new programme, initiative or sub-initiative, in the fields of the seed format.";
        RecordInputFields.AddTo(this, update: false);
        ProgramInputFields.AddTo(this, update: false);
    }
}

public sealed class UpdateProgramInputGraphType : InputObjectGraphType
{
    public UpdateProgramInputGraphType()
    {
        Name = "UpdateProgramInput";
        Description = "The programme to change, the version read, and the fields to replace.";
        RecordInputFields.AddTo(this, update: true);
        ProgramInputFields.AddTo(this, update: true);
    }
}

internal static class ProgramInputFields
{
    public static void AddTo(InputObjectGraphType type, bool update)
    {
        RecordInputFields.Required<ProgramCategoryGraphType>(type, update, "category", "What kind of programme this is.");
        type.Field<LongScalarGraphType>("fundingAmountDkk").Description("Funding in Danish kroner, as the source states it.");
        type.Field<StringGraphType>("fundingSource").Description("Where the funding came from, as the source names it.");
    }
}
