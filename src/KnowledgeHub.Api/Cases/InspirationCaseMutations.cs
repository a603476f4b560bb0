using GraphQL.Types;
using KnowledgeHub.Api.Records;
using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Api.Cases;

public static class InspirationCaseMutations
{
    public static void AddTo(ObjectGraphType mutation) =>
        RecordMutationFields.AddCreateAndUpdate<CreateInspirationCaseInputGraphType, UpdateInspirationCaseInputGraphType, InspirationCaseGraphType>(
            mutation, RecordKind.InspirationCase);
}

public sealed class CreateInspirationCaseInputGraphType : InputObjectGraphType
{
    public CreateInspirationCaseInputGraphType()
    {
        Name = "CreateInspirationCaseInput";
        Description = "A new case for the inspiration catalogue, in the fields of the seed format.";
        RecordInputFields.AddTo(this, update: false);
        InspirationCaseInputFields.AddTo(this, update: false);
    }
}

public sealed class UpdateInspirationCaseInputGraphType : InputObjectGraphType
{
    public UpdateInspirationCaseInputGraphType()
    {
        Name = "UpdateInspirationCaseInput";
        Description = "The case to change, the version read, and the fields to replace.";
        RecordInputFields.AddTo(this, update: true);
        InspirationCaseInputFields.AddTo(this, update: true);
    }
}

internal static class InspirationCaseInputFields
{
    public static void AddTo(InputObjectGraphType type, bool update)
    {
        RecordInputFields.Required<StringGraphType>(type, update, "municipality", "The four-digit code of the municipality the case is from.");
        type.Field<CaseAreaGraphType>("area").Description("The catalogue's area; leave it out when the source does not say.");
        type.Field<StringGraphType>("approach").Description("What the municipality did, in Danish.");
        type.Field<StringGraphType>("results").Description("What came of it, in Danish.");
    }
}
