using GraphQL.Types;
using KnowledgeHub.Api.FamilyPrograms;

namespace KnowledgeHub.Api.Records;

// The inputs name the fields of the record documents (Import/Seed/SeedRecords.cs) and bind onto
// them by name: a mutation's record is judged and mapped by the same code as an imported one.

public sealed class SourceInputGraphType : InputObjectGraphType
{
    public SourceInputGraphType()
    {
        Name = "SourceInput";
        Description = "Where a fact comes from.";
        Field<NonNullGraphType<StringGraphType>>("title").Description("Title of the source.");
        Field<NonNullGraphType<StringGraphType>>("url").Description("Where to read it (http or https).");
        Field<StringGraphType>("publisher").Description("Who published it.");
        Field<StringGraphType>("date").Description("ISO 8601, as precise as the source: 2019, 2019-05 or 2019-05-16.");
    }
}

public sealed class MunicipalityLinkInputGraphType : InputObjectGraphType
{
    public MunicipalityLinkInputGraphType()
    {
        Name = "MunicipalityLinkInput";
        Description = "A municipality's part in a record.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("The four-digit kommunekode, e.g. \"0101\".");
        Field<NonNullGraphType<MunicipalityRoleGraphType>>("role").Description("Its role.");
    }
}

public sealed class OrganisationLinkInputGraphType : InputObjectGraphType
{
    public OrganisationLinkInputGraphType()
    {
        Name = "OrganisationLinkInput";
        Description = "An organisation's part in a record.";
        Field<NonNullGraphType<StringGraphType>>("slug").Description("The organisation's slug.");
        Field<NonNullGraphType<OrganisationRoleGraphType>>("role").Description("Its role.");
    }
}

public sealed class EvidenceAssessmentInputGraphType : InputObjectGraphType
{
    public EvidenceAssessmentInputGraphType()
    {
        Name = "EvidenceAssessmentInput";
        Description = "One rating of one dimension on one scale; normalizedLevel must agree with the scale (docs/evidence.md).";
        Field<NonNullGraphType<EvidenceScaleGraphType>>("scale").Description("The rating scale.");
        Field<NonNullGraphType<StringGraphType>>("dimension").Description("The dimension, as the scale names it.");
        Field<NonNullGraphType<StringGraphType>>("level").Description("The level, as the scale writes it.");
        Field<NonNullGraphType<EvidenceLevelGraphType>>("normalizedLevel").Description("The level on the common scale.");
        Field<StringGraphType>("date").Description("When the rating was made, ISO 8601 as precise as known.");
        Field<StringGraphType>("note").Description("What the rating rests on, in Danish.");
        Field<NonNullGraphType<SourceInputGraphType>>("source").Description("Where the rating is stated.");
    }
}
