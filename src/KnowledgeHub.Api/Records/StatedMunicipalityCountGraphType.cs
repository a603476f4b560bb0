using KnowledgeHub.GraphQL;
using GraphQL;
using KnowledgeHub.GraphQL.DataLoading;
using GraphQL.Types;
using KnowledgeHub.GraphQL.Filtering;
using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Api.Records;

public sealed class StatedMunicipalityCountGraphType : ObjectGraphType<StatedMunicipalityCount>
{
    public StatedMunicipalityCountGraphType()
    {
        Name = "StatedMunicipalityCount";
        Description = "How many municipalities a source says took part in a role, beside how many of them this record names: "
            + "\"24 stated, 10 known by name\". The named ones are the record's municipalityLinks with the same role.";
        Field<NonNullGraphType<MunicipalityRoleGraphType>>("role").Description("The role the counted municipalities had.").Resolve(c => c.Source.Role);
        Field(s => s.Count).Description("The number the source states.");
        Field<NonNullGraphType<CountQualifierGraphType>>("qualifier").Description("EXACT, or MORE_THAN when the source gives a lower bound.").Resolve(c => c.Source.Qualifier);
        Field<NonNullGraphType<IntGraphType>>("named")
            .Description("How many municipalities in this role the record links by name (municipalityLinks with this role).")
            .Resolve(c => c.LinksByRecord().Load((c.Source.RecordId, Municipalities: true)).Then(links => links.Municipalities.Count(l => l.Role == c.Source.Role)));
        Field(s => s.AsOf, nullable: true).Description("When the number held, ISO 8601 as precise as the source.");
        Field(s => s.Note, nullable: true).Description("What the number counts and what is known of the rest, in Danish.");
        Field<NonNullGraphType<SourceReferenceGraphType>>("source").Description("Where the number is stated.").Resolve(c => c.Source.Source);
    }
}

public sealed class CountQualifierGraphType() : NamedEnumGraphType<CountQualifier>(
    "CountQualifier", "Whether a stated count is exact or a lower bound (\"more than 12\").");

public sealed class StatedMunicipalityCountInputGraphType : InputObjectGraphType
{
    public StatedMunicipalityCountInputGraphType()
    {
        Name = "StatedMunicipalityCountInput";
        Description = "A number of municipalities a source states for a role; an EXACT count may not be below the municipalities named in that role.";
        Field<NonNullGraphType<MunicipalityRoleGraphType>>("role").Description("The role the counted municipalities had.");
        Field<NonNullGraphType<IntGraphType>>("count").Description("The number the source states (1–98).");
        Field<CountQualifierGraphType>("qualifier").Description("EXACT unless given.");
        Field<StringGraphType>("asOf").Description("When the number held, ISO 8601 as precise as known.");
        Field<StringGraphType>("note").Description("What the number counts and what is known of the rest, in Danish.");
        Field<NonNullGraphType<SourceInputGraphType>>("source").Description("Where the number is stated.");
    }
}

public sealed class StatedMunicipalityCountFilterInputGraphType : FilterInputGraphType<StatedMunicipalityCount>
{
    public StatedMunicipalityCountFilterInputGraphType() : base("StatedMunicipalityCountFilterInput", "Conditions on a stated number of municipalities.")
    {
        Enum<MunicipalityRole, MunicipalityRoleGraphType>("role", s => s.Role, "The role counted.");
        Int("count", s => s.Count, "The number the source states (gte: 20 for \"at least 20 stated\").");
        Enum<CountQualifier, CountQualifierGraphType>("qualifier", s => s.Qualifier, "Exact or a lower bound.");
    }
}
