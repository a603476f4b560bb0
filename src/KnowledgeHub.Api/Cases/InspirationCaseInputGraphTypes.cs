using GraphQL.Types;
using KnowledgeHub.Api.Records;

namespace KnowledgeHub.Api.Cases;

public sealed class CreateInspirationCaseInputGraphType() : RecordInputGraphType(
    "CreateInspirationCaseInput", "A new case for the inspiration catalogue, in the fields of the seed format.", update: false, InspirationCaseInputFields.AddTo);

public sealed class UpdateInspirationCaseInputGraphType() : RecordInputGraphType(
    "UpdateInspirationCaseInput", "The case to change, the version read, and the fields to replace.", update: true, InspirationCaseInputFields.AddTo);

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
