using KnowledgeHub.Domain.Access;

namespace KnowledgeHub.Domain.Records;

/// <summary>
/// The write model's rules, in one place for every way in (mutations, imports, the command line,
/// the seed). The answers are the problems a writer is told; the ones that need a lookup get
/// it from the caller (who loads it inside the write transaction), and the record's own life —
/// versions, status changes — is on <see cref="Record"/>.
/// </summary>
public static class RecordRules
{
    /// <summary>
    /// A stored record this actor may change: it exists, is of the kind asked for (null: any), is
    /// visible to the actor, within the actor's scope, and at the version the writer read.
    /// </summary>
    public static RecordProblem? Editable(Actor actor, Record? stored, RecordKind? kind, int version)
    {
        if (stored is null || (kind is not null && stored.Kind != kind) || !actor.Sees(stored.Status, stored.OwnerOrganisationId))
        {
            return new RecordNotFound("id", $"no {kind?.ToString() ?? "record"} has this id");
        }

        return InScope(actor, stored, "id") ?? (stored.Version == version ? null
            : new VersionConflict("version",
                $"the record is at version {stored.Version}, not {version}: it changed since it was read; read it again and reapply the change"));
    }

    /// <summary>Editors change every record; a partner its own organisation's only.</summary>
    public static RecordProblem? InScope(Actor actor, Record stored, string field) =>
        actor.MayEdit(stored.OwnerOrganisationId) ? null
            : new OutOfScope(field, "this key may not change that organisation's records");

    /// <summary>A partner writes for its own organisation: a record naming another owner is refused.</summary>
    public static RecordProblem? OwnerInScope(Actor actor, string? owner, string? ownSlug) =>
        actor.IsPartner && owner is not null && owner != ownSlug
            ? new OutOfScope("owner", "a partner key creates and changes only its own organisation's records")
            : null;

    /// <summary>A record keeps its kind: an incoming record that matches a stored one of another kind is refused.</summary>
    public static RecordProblem? SameKind(Record stored, RecordKind kind, string field) =>
        stored.Kind == kind ? null : RecordProblem.Invalid(field, $"matches a stored {stored.Kind}, not a {kind}");

    /// <summary>
    /// Slugs are unique across all records, drafts included. Said the same way whoever holds the
    /// slug, visible to the writer or not: it tells that the slug is taken and nothing of the holder.
    /// </summary>
    public static RecordProblem? SlugFree(string slug, int? holderId, int? recordId) =>
        holderId is null || holderId == recordId ? null : SlugTaken(slug);

    public static RecordProblem SlugTaken(string slug) =>
        RecordProblem.Invalid("slug", $"'{slug}' cannot be used: slugs are unique across all records; choose another");

    /// <summary>External ids are unique per owner, in the database and within one import.</summary>
    public static RecordProblem? ExternalIdFree(string externalId, int? holderId, int? recordId) =>
        holderId is null || holderId == recordId ? null
            : RecordProblem.Invalid("externalId", $"'{externalId}' is already used by another record of the same owner");

    public static RecordProblem ExternalIdRepeated(string externalId) =>
        RecordProblem.Invalid("externalId", $"'{externalId}' is given to more than one record");

    /// <summary>Only a record without children may be deleted; its history stays.</summary>
    public static RecordProblem? Deletable(bool hasChildren) =>
        hasChildren ? RecordProblem.Invalid("id", "the record has child records; delete or move them first") : null;

    public static RecordProblem ParentIsDescendant(string parent) =>
        RecordProblem.Invalid("parent", $"'{parent}' is this record or one of its descendants");
}
