using System.Security.Cryptography;
using KnowledgeHub.Data;
using KnowledgeHub.Domain.Access;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeHub.Import.Access;

/// <summary>Creates, lists, revokes and checks API keys; the server and the command line share it.</summary>
public sealed class ApiKeyService(IDbContextFactory<KnowledgeHubDbContext> contexts, TimeProvider time)
{
    // Compared against when the prefix is unknown, so a miss costs what a hit costs.
    private static readonly byte[] DummyHash = SHA256.HashData(RandomNumberGenerator.GetBytes(32));

    /// <summary>Returns the stored key and the key text, which is shown once and never again.</summary>
    public async Task<(ApiKey Key, string Text)> CreateAsync(string? name, ApiKeyRole role, string? organisationSlug, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        int? organisationId = null;
        if (!string.IsNullOrWhiteSpace(organisationSlug))
        {
            organisationId = await db.Organisations.Where(o => o.Slug == organisationSlug).Select(o => (int?)o.Id).FirstOrDefaultAsync(cancellationToken)
                ?? throw new ApiKeyException("organisation", $"unknown organisation '{organisationSlug}'");
        }
        else if (role == ApiKeyRole.Partner)
        {
            throw new ApiKeyException("organisation", "a partner key acts for one organisation; name it");
        }

        if (name is { Length: > 200 })
        {
            throw new ApiKeyException("name", "is longer than 200 characters");
        }

        var (prefix, text) = ApiKeyText.Generate();
        var key = new ApiKey
        {
            Name = string.IsNullOrWhiteSpace(name) ? $"{role.ToString().ToLowerInvariant()} key {prefix}" : name.Trim(),
            Prefix = prefix,
            Hash = ApiKeyText.Hash(text),
            Role = role,
            OrganisationId = organisationId,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        await db.Entry(key).Reference(k => k.Organisation).LoadAsync(cancellationToken);
        return (key, text);
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ApiKeys.Include(k => k.Organisation).OrderBy(k => k.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Revokes the key with that id or prefix; null when there is none. Revoking twice keeps the first time.</summary>
    public async Task<ApiKey?> RevokeAsync(string idOrPrefix, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var id = int.TryParse(idOrPrefix, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : (int?)null;
        var key = await db.ApiKeys.AsTracking().Include(k => k.Organisation)
            .FirstOrDefaultAsync(k => k.Id == id || k.Prefix == idOrPrefix, cancellationToken);
        if (key is not null && key.RevokedAt is null)
        {
            key.RevokedAt = time.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
        }

        return key;
    }

    /// <summary>The actor a presented key stands for; null when it is malformed, unknown or revoked alike.</summary>
    public async Task<Actor?> AuthenticateAsync(string presented, CancellationToken cancellationToken)
    {
        ApiKey? key = null;
        if (ApiKeyText.TryParse(presented, out var prefix))
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Prefix == prefix, cancellationToken);
        }

        var matches = CryptographicOperations.FixedTimeEquals(ApiKeyText.Hash(presented), key?.Hash ?? DummyHash);
        return matches && key is { RevokedAt: null } ? new Actor(key.Name, key.Role, key.Id, key.OrganisationId) : null;
    }
}

/// <summary>A key that cannot be created as asked: which field, and why.</summary>
public sealed class ApiKeyException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
