namespace KnowledgeHub.Domain.Records;

/// <summary>
/// One committed change to one record, in commit order. The same rows are the audit trail, the
/// public change feed (where <see cref="PublicChange"/>), and what a search index or a replica
/// replays to catch up. Written in the transaction of the change itself, so none is ever missing.
/// </summary>
public sealed class RecordChange
{
    /// <summary>Database-generated; writers are serialised, so it is also the commit order.</summary>
    public long Sequence { get; set; }

    /// <summary>No foreign key: the history of a deleted record stays.</summary>
    public int RecordId { get; set; }

    public RecordKind Kind { get; set; }
    public required string Slug { get; set; }
    public ChangeAction Action { get; set; }
    public DateTime At { get; set; }

    /// <summary>The key that made the change; null for the seed import and the command line.</summary>
    public int? ApiKeyId { get; set; }

    /// <summary>The organisation the key acts for, if any.</summary>
    public int? OrganisationId { get; set; }

    /// <summary>The key's name, or "seed" / "cli".</summary>
    public required string Actor { get; set; }

    /// <summary>The record before the change, in the seed-file format (JSON); null when it was created.</summary>
    public string? Before { get; set; }

    /// <summary>The record after the change, in the seed-file format (JSON); null when it was deleted.</summary>
    public string? After { get; set; }

    /// <summary>Whether what anonymous readers see changed: the record was, or now is, published.</summary>
    public bool PublicChange { get; set; }
}
