using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KnowledgeHub.GraphQL.Errors;
using KnowledgeHub.GraphQL.Sorting;
using SortKey = KnowledgeHub.GraphQL.Sorting.SortKey;

namespace KnowledgeHub.GraphQL.Paging;

/// <summary>
/// Opaque keyset cursors: the row's sort-key values (ending with its unique id) and a short
/// hash of the list and order they belong to. A page continues from the values, so rows added
/// or removed elsewhere do not shift it; a cursor of another list or order, or a made-up one,
/// is refused with INVALID_CURSOR.
/// </summary>
public static class KeysetCursor
{
    public static string Encode(string scope, IReadOnlyList<object?> values) => EncodeHashed(HashScope(scope), values);

    /// <summary>The cursor under a scope already hashed with <see cref="HashScope"/> (a page's cursors share it).</summary>
    public static string EncodeHashed(string scopeHash, IReadOnlyList<object?> values)
    {
        var json = JsonSerializer.Serialize(values.Select(Write).Prepend(scopeHash));
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));
    }

    public static string HashScope(string scope) => Hash(scope);

    public static IReadOnlyList<object?> Decode(string scope, string cursor, IReadOnlyList<SortKey> keys)
    {
        try
        {
            using var document = JsonDocument.Parse(Base64Url.DecodeFromChars(cursor));
            var items = document.RootElement;
            if (items.ValueKind == JsonValueKind.Array && items.GetArrayLength() == keys.Count + 1 &&
                items[0].ValueKind == JsonValueKind.String && items[0].GetString() == Hash(scope))
            {
                return keys.Select((key, i) => Read(items[i + 1], key)).ToList();
            }
        }
        catch (Exception ex) when (ex is FormatException or JsonException or InvalidOperationException)
        {
            // Falls through: a cursor that does not parse is as invalid as a foreign one.
        }

        throw PagingError.InvalidCursor($"The cursor '{(cursor.Length <= 60 ? cursor : cursor[..60] + "…")}' does not belong to this list and order.");
    }

    private static string Hash(string scope) =>
        Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(scope)).AsSpan(0, 6));

    private static object? Write(object? value) => value switch
    {
        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("O", CultureInfo.InvariantCulture),
        _ => value,
    };

    private static object? Read(JsonElement item, SortKey key)
    {
        if (item.ValueKind == JsonValueKind.Null)
        {
            return key.Nullable ? null : throw new FormatException("null for a key that has a value");
        }

        var type = key.ValueType;
        return type == typeof(string) ? item.GetString()
            : type == typeof(int) ? item.GetInt32()
            : type == typeof(long) ? item.GetInt64()
            : type == typeof(DateTime) ? DateTime.ParseExact(item.GetString()!, "O", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)
            : type == typeof(DateOnly) ? DateOnly.ParseExact(item.GetString()!, "O", CultureInfo.InvariantCulture)
            : throw new NotSupportedException($"Sort keys of type {type} have no cursor form.");
    }
}
