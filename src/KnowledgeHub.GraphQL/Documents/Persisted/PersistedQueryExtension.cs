using KnowledgeHub.GraphQL.Errors;

namespace KnowledgeHub.GraphQL.Documents.Persisted;

/// <summary>Apollo's APQ request extension: <c>extensions.persistedQuery = { version: 1, sha256Hash }</c>.</summary>
public static class PersistedQueryExtension
{
    /// <summary>The hash the client sent, or null when the request is not an APQ request.</summary>
    public static string? ReadHash(IReadOnlyDictionary<string, object?>? extensions)
    {
        if (extensions is null || !extensions.TryGetValue("persistedQuery", out var value) || value is null)
        {
            return null;
        }

        if (value is not IDictionary<string, object?> persistedQuery ||
            !persistedQuery.TryGetValue("version", out var version) || !IsOne(version) ||
            !persistedQuery.TryGetValue("sha256Hash", out var hash) || hash is not string text || !DocumentHash.IsWellFormed(text))
        {
            throw DocumentError.InvalidPersistedQuery(
                "`extensions.persistedQuery` must be { \"version\": 1, \"sha256Hash\": \"<64 lower-case hex digits>\" }.");
        }

        return text;
    }

    private static bool IsOne(object? version) => version switch
    {
        int i => i == 1,
        long l => l == 1,
        decimal d => d == 1,
        double d => d == 1,
        System.Numerics.BigInteger b => b.IsOne,
        _ => false,
    };
}
