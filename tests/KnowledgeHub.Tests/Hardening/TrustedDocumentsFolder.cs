using System.Security.Cryptography;
using System.Text;

namespace KnowledgeHub.Tests.Hardening;

/// <summary>A temp folder of {sha256}.graphql files, as a frontend build would produce.</summary>
public sealed class TrustedDocumentsFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "knowledgehub-trusted", Guid.NewGuid().ToString("N"));

    public TrustedDocumentsFolder() => Directory.CreateDirectory(Path);

    public string Add(string document, string? name = null)
    {
        var hash = Hash(document);
        File.WriteAllText(System.IO.Path.Combine(Path, (name ?? hash) + ".graphql"), document);
        return hash;
    }

    public static string Hash(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
