using KnowledgeHub.Domain.Access;

namespace KnowledgeHub.Domain.Records;

/// <summary>What goes in the change log for a change: one rule for the action logged and for what counts as a public change.</summary>
public static class ChangeLog
{
    public static RecordChange Entry(
        Record record, ChangeAction action, Actor actor, DateTime at,
        (RecordStatus Status, string Json)? before, (RecordStatus Status, string Json)? after) => new()
    {
        RecordId = record.Id,
        Kind = record.Kind,
        Slug = record.Slug,
        Action = action,
        At = at,
        ApiKeyId = actor.ApiKeyId,
        OrganisationId = actor.OrganisationId,
        Actor = actor.Name,
        Before = before?.Json,
        After = after?.Json,
        // Anonymous readers saw it before, or see it now: either way their view changed.
        PublicChange = before?.Status == RecordStatus.Published || after?.Status == RecordStatus.Published,
    };

    /// <summary>The action an update is logged as: a change of status names the status it went to.</summary>
    public static ChangeAction ForUpdate(RecordStatus before, RecordStatus after) =>
        before == after ? ChangeAction.Updated
        : after switch
        {
            RecordStatus.Published => ChangeAction.Published,
            RecordStatus.Archived => ChangeAction.Archived,
            _ => ChangeAction.Unpublished,
        };
}
