using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace KnowledgeHub.Tests.Hardening;

/// <summary>
/// One hostile or malformed request from bad-requests/*.json. Strings may hold
/// <c>{{repeat N}}text{{/repeat}}</c>, expanded when the request is built, so huge and deeply
/// nested inputs stay one line of test data.
/// </summary>
public sealed partial record BadRequest(string File, JsonObject Data)
{
    public string Name => (string)Data["name"]!;

    public int? Status => (int?)Data["status"];

    public string? Code => (string?)Data["code"];

    /// <summary>Hostile but legitimate (e.g. Lucene syntax a search should escape): only "no 5xx, no hang" is required.</summary>
    public bool AllowSuccess => (bool?)Data["allowSuccess"] ?? false;

    /// <summary>Bytes sent as they are on a socket (framing HttpClient would not produce): only the suite over Kestrel sends these.</summary>
    public byte[]? Raw => Data["raw"] is { } raw ? Encoding.Latin1.GetBytes(Expand((string)raw!)) : null;

    public static IEnumerable<BadRequest> All() =>
        Directory.EnumerateFiles(Path.Combine(HardeningPaths.Folder, "bad-requests"), "*.json").Order()
            .SelectMany(file => JsonNode.Parse(System.IO.File.ReadAllText(file))!.AsArray()
                .Select(node => new BadRequest(Path.GetFileName(file), node!.AsObject())));

    public HttpRequestMessage ToHttpRequest()
    {
        var method = new HttpMethod((string?)Data["method"] ?? "POST");
        var request = new HttpRequestMessage(method, Expand((string?)Data["url"] ?? "/graphql"));
        var body = Body();
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            var contentType = Data.ContainsKey("contentType") ? (string?)Data["contentType"] : "application/json";
            if (contentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }

        var accept = Data.ContainsKey("accept") ? (string?)Data["accept"] : GraphQLRequests.GraphQLResponse;
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        foreach (var (name, value) in Data["headers"]?.AsObject() ?? [])
        {
            request.Headers.TryAddWithoutValidation(name, Expand((string)value!));
        }

        return request;
    }

    public override string ToString() => $"{File}: {Name}";

    private byte[]? Body()
    {
        if (Data["bodyBase64"] is { } base64)
        {
            return Convert.FromBase64String((string)base64!);
        }

        if (Data["body"] is { } raw)
        {
            return Encoding.UTF8.GetBytes(Expand((string)raw!));
        }

        return Data["graphql"] is { } graphql ? Encoding.UTF8.GetBytes(ExpandAll(graphql.DeepClone())!.ToJsonString()) : null;
    }

    private static JsonNode? ExpandAll(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var key in o.Select(p => p.Key).ToList())
                {
                    o[key] = ExpandAll(o[key]?.DeepClone());
                }

                return o;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    a[i] = ExpandAll(a[i]?.DeepClone());
                }

                return a;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                var text = (string)v!;
                var expanded = Expand(text);
                // A string that is one whole {{json}}…{{/json}} becomes the JSON value it spells (deep variables).
                return JsonMacro().Match(expanded) is { Success: true } m ? JsonNode.Parse(m.Groups[1].Value) : JsonValue.Create(expanded);
            default:
                return node;
        }
    }

    private static string Expand(string text) =>
        RepeatMacro().Replace(text, m => string.Concat(Enumerable.Repeat(m.Groups[2].Value, int.Parse(m.Groups[1].Value))));

    [GeneratedRegex(@"\{\{repeat (\d+)\}\}(.*?)\{\{/repeat\}\}", RegexOptions.Singleline)]
    private static partial Regex RepeatMacro();

    [GeneratedRegex(@"^\{\{json\}\}(.*)\{\{/json\}\}$", RegexOptions.Singleline)]
    private static partial Regex JsonMacro();
}
