using GraphQL.Types;
using KnowledgeHub.Api.Records;

namespace KnowledgeHub.Api.FamilyPrograms;

public sealed class CreateFamilyProgramInputGraphType() : RecordInputGraphType(
    "CreateFamilyProgramInput", "A new family programme or variant, in the fields of the seed format.", update: false, FamilyProgramInputFields.AddTo);

public sealed class UpdateFamilyProgramInputGraphType() : RecordInputGraphType(
    "UpdateFamilyProgramInput", "The family programme to change, the version read, and the fields to replace.", update: true, FamilyProgramInputFields.AddTo);

internal static class FamilyProgramInputFields
{
    public static void AddTo(InputObjectGraphType type, bool update)
    {
        type.Field<StringGraphType>("fullName").Description("The programme's full (often English) name.");
        type.Field<StringGraphType>("abbreviation").Description("The usual abbreviation.");
        type.Field<StringGraphType>("origin").Description("Who developed it, where.");
        type.Field<StringGraphType>("targetGroupDescription").Description("The target group, as the sources describe it.");
        type.Field<StringGraphType>("format").Description("How it is delivered.");
        type.Field<StringGraphType>("duration").Description("How long a course lasts.");
        type.Field<StringGraphType>("cost").Description("What a course costs or saves, with figures and year.");
        type.Field<StringGraphType>("staffing").Description("Team size and caseload.");
        type.Field<StringGraphType>("training").Description("Training, supervision and certification the staff need.");
        type.Field<StringGraphType>("outcomesTargeted").Description("What the programme aims to change.");
        type.Field<ListGraphType<NonNullGraphType<ImplementationInputGraphType>>>("implementations").Description("Where it is or was used.");
    }
}

public sealed class ImplementationInputGraphType : InputObjectGraphType
{
    public ImplementationInputGraphType()
    {
        Name = "ImplementationInput";
        Description = "Where a family programme is or was used: name a municipality, an organisation, or both.";
        Field<NonNullGraphType<ImplementationStatusGraphType>>("status").Description("Planned, pilot, running, stopped or unknown.");
        Field<NonNullGraphType<SourceInputGraphType>>("source").Description("Where this is stated.");
        Field<StringGraphType>("municipality").Description("The municipality's four-digit code.");
        Field<StringGraphType>("organisation").Description("The provider's or other organisation's slug.");
        Field<IntGraphType>("startYear").Description("First year, where known.");
        Field<IntGraphType>("endYear").Description("Last year, where it has ended.");
        Field<StringGraphType>("note").Description("What the source adds, in Danish.");
    }
}
