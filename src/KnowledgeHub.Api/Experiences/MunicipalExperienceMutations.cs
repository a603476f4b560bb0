using GraphQL.Types;
using KnowledgeHub.Api.Records;
using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Api.Experiences;

public static class MunicipalExperienceMutations
{
    public static void AddTo(ObjectGraphType mutation) =>
        RecordMutationFields.AddCreateAndUpdate<CreateMunicipalExperienceInputGraphType, UpdateMunicipalExperienceInputGraphType, MunicipalExperienceGraphType>(
            mutation, RecordKind.MunicipalExperience);
}

public sealed class CreateMunicipalExperienceInputGraphType : InputObjectGraphType
{
    public CreateMunicipalExperienceInputGraphType()
    {
        Name = "CreateMunicipalExperienceInput";
        Description = "A new municipal experience, in the fields of the seed format.";
        RecordInputFields.AddTo(this, update: false);
        MunicipalExperienceInputFields.AddTo(this, update: false);
    }
}

public sealed class UpdateMunicipalExperienceInputGraphType : InputObjectGraphType
{
    public UpdateMunicipalExperienceInputGraphType()
    {
        Name = "UpdateMunicipalExperienceInput";
        Description = "The experience to change, the version read, and the fields to replace.";
        RecordInputFields.AddTo(this, update: true);
        MunicipalExperienceInputFields.AddTo(this, update: true);
    }
}

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
