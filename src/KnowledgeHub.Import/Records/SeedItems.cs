using System.Text.Json;

namespace KnowledgeHub.Import.Records;

/// <summary>One item of a seed file's lists: where it stands (list, position, first line) and its own bytes.</summary>
internal sealed record SeedItem(string List, int Index, int Line, ReadOnlyMemory<byte> Json);

/// <summary>
/// A seed file's list items found by one forward read of its bytes, so each record is deserialised
/// straight from its own span: no tree of the whole file is built (an import used to build one per
/// pass and write every record back out of it to deserialise it).
/// </summary>
internal static class SeedItems
{
    /// <summary>The items of every list (other top-level values are skipped); null when the file is not a JSON object.</summary>
    /// <exception cref="JsonException">The bytes are not JSON as System.Text.Json reads it.</exception>
    public static List<SeedItem>? Read(byte[] bytes)
    {
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = 64 });
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
                line += bytes.AsSpan(counted, start - counted).Count((byte)'\n');
                counted = start;
                reader.Skip();
                items.Add(new SeedItem(list, index, line, bytes.AsMemory(start, (int)reader.BytesConsumed - start)));
            }
        }

        return items;
    }
}
