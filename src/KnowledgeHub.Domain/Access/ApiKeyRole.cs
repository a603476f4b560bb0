namespace KnowledgeHub.Domain.Access;

/// <summary>What a key may do. Readers without a key are anonymous and have no role.</summary>
public enum ApiKeyRole
{
    /// <summary>Creates and changes its own organisation's records, and sees their drafts.</summary>
    Partner,

    /// <summary>Creates and changes every record, and sees every draft.</summary>
    Editor,

    /// <summary>An editor who also manages keys.</summary>
    Admin,
}
