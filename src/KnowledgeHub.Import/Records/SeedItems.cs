using System.Text;
using System.Text.Json;

namespace KnowledgeHub.Import.Records;

/// <summary>One item of a seed file's lists: where it stands (list, position, first line) and its own bytes.</summary>
internal sealed record SeedItem(string List, int Index, int Line, ReadOnlyMemory<byte> Json)
{
    /// <summary>
    /// The item's "slug" (the last one, as deserialising keeps it) read without the rest of the item:
    /// all a validating first pass keeps of a record (deserialising every record for it was ~0.4 s per 10k).
    /// </summary>
    public string? Slug()
    {
        var reader = new Utf8JsonReader(Json.Span);
        string? slug = null;
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isSlug = reader.ValueTextEquals("slug"u8);
            reader.Read();
            slug = isSlug && reader.TokenType == JsonTokenType.String ? reader.GetString() : slug;
            reader.Skip();
        }

        return slug;
    }
}

/// <summary>
/// A seed file's list items found by one forward read of its bytes, so each record is deserialised
/// straight from its own span: no tree of the whole file is built (an import used to build one per
/// pass and write every record back out of it to deserialise it).
/// </summary>
internal static class SeedItems
{
    /// <summary>The items of every list (other top-level values are skipped); null when the file is not a JSON object.</summary>
    /// <exception cref="JsonException">The bytes are not JSON as System.Text.Json reads it.</exception>
    public static List<SeedItem>? Read(ReadOnlyMemory<byte> bytes)
    {
        // Past a UTF-8 byte order mark, which the reader refuses and reading a file as text drops.
        bytes = bytes[(bytes.Span.StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0)..];
        var reader = new Utf8JsonReader(bytes.Span, new JsonReaderOptions { MaxDepth = 64 });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var (items, line, counted) = (new List<SeedItem>(), 1, 0);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var list = reader.GetString()!;
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                reader.Skip();
                continue;
            }

            for (var index = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; index++)
            {
                var start = (int)reader.TokenStartIndex;
                line += bytes.Span[counted..start].Count((byte)'\n');
                counted = start;
                reader.Skip();
                items.Add(new SeedItem(list, index, line, bytes[start..(int)reader.BytesConsumed]));
            }
        }

        return items;
    }
}
