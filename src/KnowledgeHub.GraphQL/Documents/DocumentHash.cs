using System.Security.Cryptography;
using System.Text;

namespace KnowledgeHub.GraphQL.Documents;

/// <summary>
/// SHA-256 of a document's UTF-8 text, lower-case hex: the key of the document cache, of automatic
/// persisted queries (Apollo's `sha256Hash`) and of trusted documents (`documentId: "sha256:…"`).
/// </summary>
public static class DocumentHash
{
    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static bool IsWellFormed(string? hash) =>
        hash is { Length: 64 } && hash.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));
}
