using GraphQL.Types;

namespace KnowledgeHub.Api.Records;

/// <summary>A kind's create or update input: the fields every kind shares, then the kind's own.</summary>
public abstract class RecordInputGraphType : InputObjectGraphType
{
    protected RecordInputGraphType(string name, string description, bool update, Action<InputObjectGraphType, bool> kindFields)
    {
        Name = name;
        Description = description;
        RecordInputFields.AddTo(this, update);
        kindFields(this, update);
    }
}

/// <summary>
/// The fields every record kind's create and update inputs share. A create input requires what
/// the seed schema requires; an update input takes the record's id and the version it read, and
/// replaces only the fields it gives (null removes an optional one).
/// </summary>
public static class RecordInputFields
{
    public static void AddTo(InputObjectGraphType type, bool update)
    {
        if (update)
        {
            type.Field<NonNullGraphType<IdGraphType>>("id").Description("The record to change.");
            type.Field<NonNullGraphType<IntGraphType>>("version").Description("The version that was read; a stale one gets a ConflictError.");
        }

        Required<StringGraphType>(type, update, "slug", "Stable, readable id: lower-case letters and digits joined by hyphens; unique across all records.");
        type.Field<StringGraphType>("externalId").Description("The owner's own id for the record; unique per owner, what imports match on.");
        Required<StringGraphType>(type, update, "title", "Title, in Danish.");
        Required<StringGraphType>(type, update, "summary", "A short summary, in Danish.");
        type.Field<StringGraphType>("description").Description("The full description, in Danish.");
        type.Field<StringGraphType>("coverageNote").Description("What the sources do not tell; say it here rather than fill the gap.");
        if (!update)
        {
            type.Field<RecordStatusGraphType>("status").Description("DRAFT unless given; publishRecord, unpublishRecord and archiveRecord change it later.");
        }

        type.Field<IntGraphType>("startYear").Description("First year the record covers.");
        type.Field<IntGraphType>("endYear").Description("Last year, if it has ended.");
        type.Field<IntGraphType>("targetAgeMin").Description("Youngest age it targets.");
        type.Field<IntGraphType>("targetAgeMax").Description("Oldest age it targets.");
        type.Field<StringGraphType>("parent").Description("Slug of the parent record, of the same kind.");
        type.Field<StringGraphType>("owner").Description("Slug of the owning organisation; a partner key's own organisation when left out.");
        type.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("themes").Description("Theme slugs.");
        type.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("targetGroups").Description("Target group slugs.");
        type.Field<ListGraphType<NonNullGraphType<MunicipalityLinkInputGraphType>>>("municipalities").Description("Municipalities involved, each with its role.");
        type.Field<ListGraphType<NonNullGraphType<OrganisationLinkInputGraphType>>>("organisations").Description("Other organisations involved, each with its role.");
        type.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("publications").Description("Publication slugs.");
        type.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("legalBases").Description("Legal basis slugs.");
        type.Field<ListGraphType<NonNullGraphType<EvidenceAssessmentInputGraphType>>>("evidenceAssessments").Description("Evidence ratings, each with its source.");
        type.Field<ListGraphType<NonNullGraphType<StatedMunicipalityCountInputGraphType>>>("statedMunicipalityCounts").Description("Numbers of municipalities the sources state, per role, each with its source.");
        Required<ListGraphType<NonNullGraphType<SourceInputGraphType>>>(type, update, "sources", "Where the record's facts come from; at least one.");
    }

    /// <summary>Required on create, optional on update.</summary>
    public static void Required<TGraphType>(InputObjectGraphType type, bool update, string name, string description)
        where TGraphType : IGraphType
    {
        if (update)
        {
            type.Field<TGraphType>(name).Description(description);
        }
        else
        {
            type.Field<NonNullGraphType<TGraphType>>(name).Description(description);
        }
    }
}
