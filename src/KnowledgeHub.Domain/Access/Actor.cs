using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Domain.Access;

/// <summary>
/// Who reads or changes records: an anonymous reader, a key's holder, or the operator at the
/// command line (and the seed import), who needs no key. Who may change what lives here, who may
/// see what in Records/RecordVisibility, so the API, the import and the command line apply the same rules.
/// </summary>
public sealed record Actor(string Name, ApiKeyRole? Role, int? ApiKeyId = null, int? OrganisationId = null)
{
    public static readonly Actor Anonymous = new("anonymous", null);

    /// <summary>The command line runs on the server with the database's own rights: an editor.</summary>
    public static readonly Actor Cli = new("cli", ApiKeyRole.Admin);

    public static readonly Actor Seed = new("seed", ApiKeyRole.Admin);

    public bool IsAnonymous => Role is null;

    public bool IsPartner => Role == ApiKeyRole.Partner;

    /// <summary>Editors and admins see and change every record.</summary>
    public bool IsEditor => Role is ApiKeyRole.Editor or ApiKeyRole.Admin;

    public bool MayManageKeys => Role == ApiKeyRole.Admin;

    /// <summary>Whether this actor may create, change, publish or delete a record owned by that organisation.</summary>
    public bool MayEdit(int? ownerOrganisationId) => IsEditor || (IsPartner && ownerOrganisationId == OrganisationId);
}
