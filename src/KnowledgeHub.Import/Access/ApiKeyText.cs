using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace KnowledgeHub.Import.Access;

/// <summary>
/// The key a client holds: <c>kh_&lt;8-character prefix&gt;_&lt;32 random bytes, base64url&gt;</c>.
/// The prefix is public (it finds the row and names the key in listings); only the SHA-256 of the
/// whole text is stored, so the database never holds a usable key.
/// </summary>
public static class ApiKeyText
{
    public const string Start = "kh_";
    public const int PrefixLength = 8;
    private const string PrefixAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    public static (string Prefix, string Key) Generate()
    {
        var prefix = RandomNumberGenerator.GetString(PrefixAlphabet, PrefixLength);
        var secret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return (prefix, $"{Start}{prefix}_{secret}");
    }

    /// <summary>Reads the prefix of a well-formed key; anything else is refused without a lookup.</summary>
    public static bool TryParse(string key, out string prefix)
    {
        prefix = "";
        if (key.Length != Start.Length + PrefixLength + 1 + 43 || !key.StartsWith(Start, StringComparison.Ordinal) || key[Start.Length + PrefixLength] != '_')
        {
            return false;
        }

        prefix = key.Substring(Start.Length, PrefixLength);
        return prefix.All(PrefixAlphabet.Contains);
    }

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
