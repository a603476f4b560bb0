using System.Text.Json;
using System.Text.Json.Nodes;
using Newtonsoft.Json.Linq;
using JsonToken = Newtonsoft.Json.JsonToken;
using NJsonSchema;
using NJsonSchema.Validation;

namespace KnowledgeHub.Import.Seed;

/// <summary>Checks seed files against seed-data/schema/seed-file.schema.json (loaded once).</summary>
public sealed class SeedSchemaValidator
{
    private readonly JsonSchema _schema;

    private SeedSchemaValidator(JsonSchema schema) => _schema = schema;

    public static async Task<SeedSchemaValidator> LoadAsync(string schemaDirectory, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(schemaDirectory, "seed-file.schema.json");
        return new SeedSchemaValidator(await JsonSchema.FromFileAsync(path, cancellationToken));
    }

    /// <summary>
    /// Only the errors. The tree serves only to locate errors, so a file the schema accepts is not
    /// parsed into one: at a first start that parse was a tenth of validating. Nor are line
    /// positions kept for it (an object per token in Newtonsoft's tree): only an error names a line.
    /// The file comes as its bytes, decoded as it is read: as one string it was another large object
    /// per file and pass, beside its bytes.
    /// </summary>
    public IReadOnlyList<SeedError> Errors(string fileName, byte[] json)
    {
        try
        {
            if (Accepts(json))
            {
                return [];
            }
        }
        catch (Newtonsoft.Json.JsonException)
        {
            // Not JSON: Validate says where, the way System.Text.Json reads it.
        }

        return Validate(fileName, Text(json)).Errors;
    }

    /// <summary>A file's bytes as text, decoded as reading the file as text does (a byte order mark says the encoding, and is dropped).</summary>
    public static string Text(byte[] json) => new StreamReader(new MemoryStream(json)).ReadToEnd();

    /// <summary>
    /// Whether the schema accepts the file, each list item checked against its list's item schema as
    /// it is read: a record's tree dies young, where a whole file's tree outlived gen0 and gen1 while
    /// it was walked (at 100k the check's CPU halves; docs/performance.md, session 12). The rest of
    /// the file, its lists emptied, is checked as a whole. Anything else (a comment, a rejected
    /// item) is left to <see cref="Validate"/>, which words the errors.
    /// </summary>
    private bool Accepts(byte[] json)
    {
        using var reader = new Newtonsoft.Json.JsonTextReader(new StreamReader(new MemoryStream(json))) { DateParseHandling = Newtonsoft.Json.DateParseHandling.None };
        var settings = new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Ignore };
        var rest = new JObject();
        for (reader.Read(); reader.Read() && reader.TokenType == JsonToken.PropertyName;)
        {
            var name = (string)reader.Value!;
            reader.Read();
            // Only lists whose schema constrains nothing but their items (none of the seed file's does) are checked item by item.
            if (reader.TokenType != JsonToken.StartArray || !_schema.Properties.TryGetValue(name, out var list)
                || list.ActualSchema is not { Item: { } item, UniqueItems: false, MinItems: 0, MaxItems: 0 })
            {
                rest[name] = JToken.ReadFrom(reader, settings);
                continue;
            }

            for (rest[name] = new JArray(); reader.Read() && reader.TokenType != JsonToken.EndArray;)
            {
                if (item.Validate(JToken.ReadFrom(reader, settings)).Count > 0)
                {
                    return false;
                }
            }
        }

        // Not a whole object otherwise: not one at all, cut off after a list or an item, a comment between lists.
        return reader is { TokenType: JsonToken.EndObject, Depth: 0 } && _schema.Validate(rest).Count == 0;
    }

    /// <summary>Returns the parsed file and its errors; a file that is not JSON gives one error and no tree.</summary>
    public (JsonNode? Root, IReadOnlyList<SeedError> Errors) Validate(string fileName, string json)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            return (null, [new SeedError(fileName, "(file)", $"line {ex.LineNumber + 1}", $"not valid JSON: {ex.Message}") { Line = (int?)ex.LineNumber + 1 }]);
        }

        var errors = _schema.Validate(json)
            .SelectMany(Flatten)
            .Select(e =>
            {
                var (record, field, kind, index) = SeedLocation.Locate(root, e.Path ?? "");
                // Name a missing property itself, not only the object it is missing from.
                if (e.Kind == ValidationErrorKind.PropertyRequired && e.Property is { } property && field != property && !field.EndsWith("." + property, StringComparison.Ordinal))
                {
                    field = field is "(record)" or "" ? property : $"{field}.{property}";
                }

                return new SeedError(fileName, record, field, Explain(e)) { Kind = kind, Index = index, Line = e.HasLineInfo ? e.LineNumber : null };
            })
            .Distinct()
            .ToList();
        return (root, errors);
    }

    // oneOf/anyOf failures nest the useful errors one level down.
    private static IEnumerable<ValidationError> Flatten(ValidationError error) =>
        error is ChildSchemaValidationError child && child.Errors.Count > 0
            ? child.Errors.Values.SelectMany(list => list).SelectMany(Flatten)
            : [error];

    private static string Explain(ValidationError error) => error.Kind switch
    {
        ValidationErrorKind.PropertyRequired => $"required property '{error.Property}' is missing",
        ValidationErrorKind.NoAdditionalPropertiesAllowed => $"unknown property '{error.Property}'",
        ValidationErrorKind.PatternMismatch => $"value does not match the pattern {error.Schema?.Pattern}",
        ValidationErrorKind.NotInEnumeration => $"value is not one of {string.Join(", ", error.Schema?.Enumeration ?? [])}",
        ValidationErrorKind.StringTooShort => error.Schema?.MinLength is 1 or null ? "must not be empty" : $"is shorter than {error.Schema.MinLength} characters",
        ValidationErrorKind.StringTooLong => $"is longer than {error.Schema?.MaxLength} characters",
        ValidationErrorKind.NumberTooSmall => $"is below the minimum {error.Schema?.Minimum}",
        ValidationErrorKind.NumberTooBig => $"is above the maximum {error.Schema?.Maximum}",
        ValidationErrorKind.TooFewItems => $"needs at least {error.Schema?.MinItems} item(s)",
        ValidationErrorKind.ItemsNotUnique => "lists the same item twice",
        ValidationErrorKind.TooFewProperties => "is empty",
        ValidationErrorKind.StringExpected => "must be a string",
        ValidationErrorKind.IntegerExpected => "must be an integer",
        ValidationErrorKind.NumberExpected => "must be a number",
        ValidationErrorKind.ArrayExpected => "must be a list",
        ValidationErrorKind.ObjectExpected => "must be an object",
        ValidationErrorKind.BooleanExpected => "must be true or false",
        _ => $"{error.Kind}",
    };
}
