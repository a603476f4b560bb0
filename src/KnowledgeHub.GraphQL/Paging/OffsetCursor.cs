using System.Buffers.Text;
using System.Globalization;
using System.Text;
using KnowledgeHub.GraphQL.Errors;

namespace KnowledgeHub.GraphQL.Paging;

/// <summary>
/// Opaque position cursors, for lists ranked by something no keyset can follow (search relevance).
/// They carry the position and the list they belong to, so a cursor from
/// another list, or a made-up one, is refused with INVALID_CURSOR instead of paging wrongly.
/// </summary>
public static class OffsetCursor
{
    public static string Encode(string scope, int offset) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{scope}:{offset.ToString(CultureInfo.InvariantCulture)}"));

    public static int Decode(string scope, string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            var separator = text.LastIndexOf(':');
            if (separator > 0 && text[..separator] == scope &&
                int.TryParse(text.AsSpan(separator + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            {
                return offset;
            }
        }
        catch (FormatException)
        {
            // Falls through to the error below: a cursor that is not base64 is as invalid as a foreign one.
        }

        throw PagingError.InvalidCursor($"The cursor '{Truncate(cursor)}' does not belong to this list.");
    }

    private static string Truncate(string s) => s.Length <= 60 ? s : s[..60] + "…";
}
