using System.Text;
using System.Text.Json;

namespace KnowledgeHub.Import.Records;

/// <summary>The line each record of a seed file starts on, so a report can point into the file.</summary>
internal static class SeedPositions
{
    public static Dictionary<(string List, int Index), int> Lines(string content)
    {
        var lines = new Dictionary<(string, int), int>();
        var bytes = Encoding.UTF8.GetBytes(content);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = 64 });
        string? list = null;
        var index = -1;
        var line = 1;
        var counted = 0;
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName)
                {
                    (list, index) = (reader.GetString(), -1);
                }
                else if (reader.CurrentDepth == 2 && list is not null && IsValueStart(reader.TokenType))
                {
                    var start = (int)reader.TokenStartIndex;
                    line += bytes.AsSpan(counted, start - counted).Count((byte)'\n');
                    counted = start;
                    lines[(list, ++index)] = line;
                }
            }
        }
        catch (JsonException)
        {
            // A file that does not parse is reported as such before positions matter.
        }

        return lines;
    }

    private static bool IsValueStart(JsonTokenType token) =>
        token is not (JsonTokenType.EndObject or JsonTokenType.EndArray or JsonTokenType.PropertyName or JsonTokenType.Comment);
}
