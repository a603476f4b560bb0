using GraphQL.Types;
using KnowledgeHub.Api.Records;

namespace KnowledgeHub.Api.Experiences;

public sealed class CreateMunicipalExperienceInputGraphType() : RecordInputGraphType(
    "CreateMunicipalExperienceInput", "A new municipal experience, in the fields of the seed format.", update: false, MunicipalExperienceInputFields.AddTo);

public sealed class UpdateMunicipalExperienceInputGraphType() : RecordInputGraphType(
    "UpdateMunicipalExperienceInput", "The experience to change, the version read, and the fields to replace.", update: true, MunicipalExperienceInputFields.AddTo);

internal static class MunicipalExperienceInputFields
{
    public static void AddTo(InputObjectGraphType type, bool update)
    {
        RecordInputFields.Required<StringGraphType>(type, update, "municipality", "The four-digit code of the municipality.");
        type.Field<StringGraphType>("sourcePublication").Description("Slug of the publication the experience is told in.");
        type.Field<StringGraphType>("results").Description("Results, in Danish.");
        type.Field<StringGraphType>("challenges").Description("Challenges met, in Danish.");
    }
}
