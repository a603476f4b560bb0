namespace KnowledgeHub.Domain.Access;

/// <summary>
/// A key a client sends as <c>Authorization: Bearer kh_&lt;prefix&gt;_&lt;secret&gt;</c>. Only the
/// SHA-256 hash of the whole key is stored; the prefix finds the row without revealing the secret.
/// </summary>
public sealed class ApiKey
{
    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>The 8 public characters after "kh_", unique, shown in listings.</summary>
    public required string Prefix { get; set; }

    public required byte[] Hash { get; set; }
    public ApiKeyRole Role { get; set; }

    /// <summary>The organisation a partner key acts for; required for partners, optional otherwise.</summary>
    public int? OrganisationId { get; set; }
    public Organisations.Organisation? Organisation { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Set once; a revoked key is refused like an unknown one.</summary>
    public DateTime? RevokedAt { get; set; }
}
