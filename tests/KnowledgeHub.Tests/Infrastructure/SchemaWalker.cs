using System.Text;
using System.Text.Json.Nodes;

namespace KnowledgeHub.Tests.Infrastructure;

/// <summary>
/// Builds, from the served schema's introspection, one query per root field that selects every
/// field without required arguments, through objects, lists, connections and abstract types
/// (inline fragments, their fields aliased by type so they never conflict), a type not expanded
/// again below itself.
/// </summary>
public sealed class SchemaWalker
{
    private readonly Dictionary<string, JsonNode> _types;
    private readonly int _maxDepth;

    public SchemaWalker(JsonNode schema, int maxDepth)
    {
        _types = schema["types"]!.AsArray().ToDictionary(t => (string)t!["name"]!, t => t!);
        _maxDepth = maxDepth;
        QueryType = (string)schema["queryType"]!["name"]!;
    }

    public string QueryType { get; }

    /// <summary>The root fields that take no required argument, each with its query.</summary>
    public IEnumerable<(string Field, string Query)> RootQueries() =>
        Fields(QueryType).Where(f => !((string)f["name"]!).StartsWith('_'))
            .Select(f => ((string)f["name"]!, "{ " + Select(f, [QueryType], 1, alias: null) + " }"))
            .Where(q => q.Item2 != "{  }");

    private IEnumerable<JsonNode> Fields(string type) =>
        (_types[type]["fields"]?.AsArray() ?? []).Select(f => f!)
            .Where(f => f["args"]!.AsArray().All(a => (string?)a!["type"]!["kind"] != "NON_NULL"));

    private string Select(JsonNode field, List<string> path, int depth, string? alias)
    {
        var name = (string)field["name"]!;
        var head = alias is null ? name : $"{alias}: {name}";
        var type = Named(field["type"]!);
        var kind = (string)_types[type]["kind"]!;
        if (kind is "SCALAR" or "ENUM")
        {
            return head;
        }

        if (depth > _maxDepth || path.Contains(type))
        {
            return kind == "OBJECT" ? "" : head + " { __typename }";
        }

        var inner = Selection(type, [.. path, type], depth + 1);
        return inner.Length == 0 ? "" : $"{head} {{ {inner} }}";
    }

    private string Selection(string type, List<string> path, int depth)
    {
        var node = _types[type];
        var parts = new List<string> { "__typename" };
        if ((string)node["kind"]! is "INTERFACE" or "UNION")
        {
            foreach (var possible in node["possibleTypes"]!.AsArray().Select(p => (string)p!["name"]!))
            {
                var fields = Fields(possible).Select(f => Select(f, [.. path, possible], depth, alias: $"{possible}_{f["name"]}")).Where(s => s.Length > 0);
                parts.Add($"... on {possible} {{ {string.Join(' ', fields)} }}");
            }

            return string.Join(' ', parts);
        }

        parts.AddRange(Fields(type).Select(f => Select(f, path, depth, alias: null)).Where(s => s.Length > 0));
        return string.Join(' ', parts);
    }

    private static string Named(JsonNode type) => type["ofType"] is { } inner && inner.GetValueKind() != System.Text.Json.JsonValueKind.Null ? Named(inner) : (string)type["name"]!;

    /// <summary>Every "Type.field" whose value was not null somewhere in an answer, aliases read back.</summary>
    public static void CollectAnswered(JsonNode? node, string? parentType, HashSet<string> answered)
    {
        if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                CollectAnswered(item, parentType, answered);
            }

            return;
        }

        if (node is not JsonObject obj)
        {
            return;
        }

        var type = (string?)obj["__typename"] ?? parentType;
        foreach (var (key, value) in obj)
        {
            if (value is null || key == "__typename")
            {
                continue;
            }

            var separator = key.IndexOf('_', StringComparison.Ordinal);
            var (owner, field) = separator > 0 ? (key[..separator], key[(separator + 1)..]) : (type, key);
            answered.Add($"{owner}.{field}");
            CollectAnswered(value, null, answered);
        }
    }
}
