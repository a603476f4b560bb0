using KnowledgeHub.GraphQL.Scalars;
using GraphQL;
using KnowledgeHub.GraphQL.DataLoading;
using GraphQL.Types;
using KnowledgeHub.Api.FamilyPrograms;
using KnowledgeHub.GraphQL.Relay;
using KnowledgeHub.Api.LegalBases;
using KnowledgeHub.Api.Municipalities;
using KnowledgeHub.Api.Organisations;
using KnowledgeHub.Api.Publications;
using KnowledgeHub.Api.Search;
using KnowledgeHub.Api.Themes;
using KnowledgeHub.Domain.Places;
using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Api.Records;

// One field list serves the Record interface and the four object types. GQL012 objects to
// resolvers on an interface; RecordGraphType removes them again.
#pragma warning disable GQL012

/// <summary>
/// The fields of the <c>Record</c> interface. GraphQL makes every implementing type repeat
/// them, so the interface and the four record types all add them from here.
/// </summary>
public static class RecordFields
{
    public static void AddTo<T>(ComplexGraphType<T> type) where T : Record
    {
        type.Field<NonNullGraphType<IdGraphType>>("id").Description("An opaque, stable global id.")
            .Resolve(c => GlobalId.Encode(RecordTypeNames.Of(c.Source.Kind), c.Source.Id));
        type.Field<NonNullGraphType<RecordKindGraphType>>("kind").Description("Which of the four record kinds this is.").Resolve(c => c.Source.Kind);
        type.Field(r => r.Slug).Description("Stable, human-readable identifier, unique across all records.");
        type.Field(r => r.Title).Description("Title, in Danish.");
        type.Field(r => r.Summary).Description("A short summary, in Danish.");
        type.Field(r => r.Description, nullable: true).Description("The full description, in Danish.");
        type.Field(r => r.CoverageNote, nullable: true).Description("What the sources do not tell about this record: known gaps, said rather than filled in.");
        type.Field<NonNullGraphType<RecordStatusGraphType>>("status").Description("Publication state.").Resolve(c => c.Source.Status);
        type.Field(r => r.Version).Description("Increases with every change; updates name the version they read.");
        type.Field(r => r.StartYear, nullable: true).Description("First year the record covers (a programme's start, a case's year).");
        type.Field(r => r.EndYear, nullable: true).Description("Last year the record covers, if it has ended.");
        type.Field(r => r.TargetAgeMin, nullable: true).Description("Youngest age of the children or young people it targets.");
        type.Field(r => r.TargetAgeMax, nullable: true).Description("Oldest age of the children or young people it targets.");
        type.Field<NonNullGraphType<DateTimeScalarGraphType>>("createdAt").Description("When the record was created here (UTC).").Resolve(c => c.Source.CreatedAt);
        type.Field<NonNullGraphType<DateTimeScalarGraphType>>("updatedAt").Description("When the record last changed here (UTC).").Resolve(c => c.Source.UpdatedAt);
        AddRelations(type);
    }

    private static void AddRelations<T>(ComplexGraphType<T> type) where T : Record
    {
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceGraphType>>>>("sources")
            .Description("Where the record's facts come from; at least one.").Resolve(c => c.SourcesByRecord().Load(c.Source.Id));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ThemeGraphType>>>>("themes")
            .Description("Themes of the taxonomy the record belongs to.").Resolve(c => c.LinksByRecord().Load((c.Source.Id, Municipalities: false)).Then(static l => l.Themes));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TargetGroupGraphType>>>>("targetGroups")
            .Description("Whom the record's intervention is for.").Resolve(c => c.TargetGroupsByRecord().Load(c.Source.Id));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MunicipalityGraphType>>>>("municipalities")
            .Description("Every municipality involved, in any role.")
            .Resolve(c => c.LinksByRecord().Load((c.Source.Id, Municipalities: true)).Then(static l => Municipalities(l.Municipalities)));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecordMunicipalityGraphType>>>>("municipalityLinks")
            .Description("The municipalities involved, each with its role.").Resolve(c => c.LinksByRecord().Load((c.Source.Id, Municipalities: true)).Then(static l => l.Municipalities));
        type.Field<OrganisationGraphType>("owner").Description("The organisation that owns the record.")
            .Resolve(c => c.Source.OwnerOrganisationId is { } id ? c.OrganisationById().Load(id) : null);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecordOrganisationGraphType>>>>("organisationLinks")
            .Description("Other organisations involved (funders, evaluators, developers, providers), each with its role.")
            .Resolve(c => c.OrganisationLinksByRecord().Load(c.Source.Id));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PublicationGraphType>>>>("publications")
            .Description("Evaluations and reports about the record.").Resolve(c => c.PublicationsByRecord().Load(c.Source.Id));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LegalBasisGraphType>>>>("legalBases")
            .Description("The laws and paragraphs the record rests on.").Resolve(c => c.LegalBasesByRecord().Load(c.Source.Id));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceAssessmentGraphType>>>>("evidenceAssessments")
            .Description("Evidence ratings, one per scale and dimension, each with its source.").Resolve(c => c.AssessmentsByRecord().Load(c.Source.Id));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatedMunicipalityCountGraphType>>>>("statedMunicipalityCounts")
            .Description("How many municipalities the sources say took part, per role, beside how many the record names; empty when no source states a number.")
            .Resolve(c => c.StatedCountsByRecord().Load(c.Source.Id));
        type.Field<RecordGraphType>("parent").Description("The record this one is part of (a programme's package, a variant's programme).")
            .Resolve(c => c.Source.ParentId is { } id ? c.RecordById().Load(id) : null);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecordGraphType>>>>("children")
            .Description("The records that are part of this one (initiatives, phases, variants).").Resolve(c => c.ChildrenByParent().Load(c.Source.Id));
        RelatedRecordsField.AddTo(type);
    }

    /// <summary>
    /// Each municipality once, in the links' order. The links come ordered by code (<see cref="RecordDataLoaders.LinksByRecord"/>),
    /// so a municipality's roles are next to each other: no set per record, as DistinctBy kept.
    /// </summary>
    private static List<Municipality> Municipalities(IReadOnlyList<RecordMunicipality> links)
    {
        var municipalities = new List<Municipality>(links.Count);
        foreach (var link in links)
        {
            if (municipalities.Count == 0 || municipalities[^1].Id != link.MunicipalityId)
            {
                municipalities.Add(link.Municipality!);
            }
        }

        return municipalities;
    }
}
#pragma warning restore GQL012
