using System.Buffers.Text;
using System.Text;

namespace KnowledgeHub.GraphQL.Relay;

/// <summary>
/// Opaque global ids: base64url of "Type:key". Keys are database ids, or official codes where
/// an entity has one (Municipality:0101), so an id survives restarts and re-imports of the same data.
/// </summary>
public static class GlobalId
{
    public static string Encode(string typeName, string key) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{typeName}:{key}"));

    /// <summary>Written on the stack: one string per id, not four (every record on a page has one).</summary>
    public static string Encode(string typeName, int key)
    {
        Span<byte> text = stackalloc byte[Encoding.UTF8.GetMaxByteCount(typeName.Length) + 12];
        var length = Encoding.UTF8.GetBytes(typeName, text);
        text[length++] = (byte)':';
        key.TryFormat(text[length..], out var written, provider: System.Globalization.CultureInfo.InvariantCulture);
        return Base64Url.EncodeToString(text[..(length + written)]);
    }

    public static bool TryDecode(string id, out string typeName, out string key)
    {
        typeName = key = "";
        if (id.Length is 0 or > 200)
        {
            return false;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(id));
            var separator = text.IndexOf(':');
            if (separator <= 0 || separator == text.Length - 1)
            {
                return false;
            }

            (typeName, key) = (text[..separator], text[(separator + 1)..]);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    public static bool TryDecodeInt(string key, out int value) =>
        int.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value);
}
