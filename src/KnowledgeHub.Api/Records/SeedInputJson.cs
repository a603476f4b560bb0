using System.Collections;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KnowledgeHub.Api.Records;

/// <summary>
/// A mutation's input as a seed-file record: the field names already match, enum values become
/// the schema's kebab-case ("POLITICAL_AGREEMENT" → "political-agreement").
/// </summary>
public static class SeedInputJson
{
    private static readonly string[] NotSeedFields = ["id", "version"];

    /// <summary>For a create: a null field is a field not given.</summary>
    public static JsonObject ForCreate(IDictionary<string, object?> input)
    {
        var fields = ForUpdate(input);
        foreach (var name in fields.Where(f => f.Value is null).Select(f => f.Key).ToList())
        {
            fields.Remove(name);
        }

        return fields;
    }

    /// <summary>For an update: only the given fields, a null one kept to remove the field.</summary>
    public static JsonObject ForUpdate(IDictionary<string, object?> input)
    {
        var fields = new JsonObject();
        foreach (var (name, value) in input.Where(f => !NotSeedFields.Contains(f.Key)))
        {
            fields[name] = ToNode(value);
        }

        return fields;
    }

    private static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        Enum e => JsonValue.Create(JsonNamingPolicy.KebabCaseLower.ConvertName(e.ToString())),
        string s => JsonValue.Create(s),
        int i => JsonValue.Create(i),
        long l => JsonValue.Create(l),
        bool b => JsonValue.Create(b),
        IDictionary<string, object?> map => new JsonObject(map.Select(kv => KeyValuePair.Create(kv.Key, ToNode(kv.Value)))),
        IEnumerable list => new JsonArray(list.Cast<object?>().Select(ToNode).ToArray()),
        _ => JsonValue.Create(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)),
    };
}
