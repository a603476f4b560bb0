using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace KnowledgeHub.Import.Seed;

/// <summary>Turns a JSON path inside a seed file into the record it belongs to and the field within it.</summary>
internal static partial class SeedLocation
{
    /// <summary>The record (its name and position), the field, and the list and position of the record (null for the file as a whole).</summary>
    public static (string Record, string Field, string? Kind, int? Index) Locate(JsonNode? root, string path)
    {
        var match = ItemPath().Match(path);
        if (!match.Success)
        {
            return ("(file)", path.TrimStart('#', '/', '.'), null, null);
        }

        var kind = match.Groups["kind"].Value;
        var index = int.Parse(match.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var field = match.Groups["field"].Value.TrimStart('.', '/');
        return ($"{RecordName(root, kind, index)} ({kind}[{index}])", field.Length == 0 ? "(record)" : field, kind, index);
    }

    private static string RecordName(JsonNode? root, string kind, int index)
    {
        var item = root?[kind] is JsonArray array && index < array.Count ? array[index] as JsonObject : null;
        foreach (var key in new[] { "slug", "code" })
        {
            if (item?[key] is JsonValue value && value.TryGetValue<string>(out var name))
            {
                return name;
            }
        }

        return "?";
    }

    [GeneratedRegex(@"^#?/?(?<kind>[A-Za-z]+)\[(?<index>\d+)\](?<field>.*)$")]
    private static partial Regex ItemPath();
}
