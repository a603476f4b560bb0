using KnowledgeHub.GraphQL;
using KnowledgeHub.GraphQL.Scalars;
using GraphQL.Types;
using KnowledgeHub.GraphQL.Relay;
using KnowledgeHub.Api.Organisations;
using KnowledgeHub.Api.Records;
using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Api.Changes;

public sealed class RecordChangeGraphType : ObjectGraphType<RecordChange>
{
    public RecordChangeGraphType()
    {
        Name = "RecordChange";
        Description = "A change to what anonymous readers see, in commit order: a record published, changed while published, unpublished, archived or deleted.";
        Field(c => c.Sequence).Description("The change's place in commit order; also its cursor.");
        Field<NonNullGraphType<ChangeActionGraphType>>("action").Description("What happened.").Resolve(c => c.Source.Action);
        Field<NonNullGraphType<IdGraphType>>("recordId").Description("The record's global id; it no longer resolves once the record is gone.")
            .Resolve(c => GlobalId.Encode(RecordTypeNames.Of(c.Source.Kind), c.Source.RecordId));
        Field<NonNullGraphType<RecordKindGraphType>>("kind").Description("The record's kind.").Resolve(c => c.Source.Kind);
        Field(c => c.Slug).Description("The record's slug after the change (before it, for a deletion).");
        Field<NonNullGraphType<DateTimeScalarGraphType>>("at").Description("When it was committed (UTC).").Resolve(c => c.Source.At);
        Field<RecordGraphType>("record").Description("The record as anonymous readers see it now; null when it is no longer published.")
            .Resolve(c => c.PublicRecordById().Load(c.Source.RecordId));
    }
}

public sealed class RecordHistoryEntryGraphType : ObjectGraphType<RecordChange>
{
    public RecordHistoryEntryGraphType()
    {
        Name = "RecordHistoryEntry";
        Description = "One change to a record, for editors: who, when, and the record before and after.";
        Field(c => c.Sequence).Description("The change's place in commit order; also its cursor.");
        Field<NonNullGraphType<ChangeActionGraphType>>("action").Description("What happened.").Resolve(c => c.Source.Action);
        Field<NonNullGraphType<DateTimeScalarGraphType>>("at").Description("When it was committed (UTC).").Resolve(c => c.Source.At);
        Field(c => c.Actor).Description("The key's name, or \"seed\" for the initial import and \"cli\" for the command line.");
        Field<IdGraphType>("apiKeyId").Description("The id of the key that made the change; null for the seed and the command line.")
            .Resolve(c => c.Source.ApiKeyId is { } id ? GlobalId.Encode("ApiKey", id) : null);
        Field<OrganisationGraphType>("organisation").Description("The organisation the key acts for, if any.")
            .Resolve(c => c.Source.OrganisationId is { } id ? c.OrganisationById().Load(id) : null);
        Field(c => c.Slug).Description("The record's slug after the change (before it, for a deletion).");
        Field(c => c.Before, nullable: true).Description("The record before, as seed-format JSON; null when it was created.");
        Field(c => c.After, nullable: true).Description("The record after, as seed-format JSON; null when it was deleted.");
        Field(c => c.PublicChange).Description("Whether anonymous readers' view changed, i.e. whether it is in `changes`.");
    }
}

public sealed class ChangeActionGraphType() : NamedEnumGraphType<ChangeAction>("ChangeAction", "What a change did to a record.");
