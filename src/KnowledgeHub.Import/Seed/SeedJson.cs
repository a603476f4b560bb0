using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KnowledgeHub.Import.Seed;

/// <summary>The file boundary's spelling: the one place that names enum values for seed and import files.</summary>
public static class SeedJson
{
    private static readonly JsonNamingPolicy EnumNames = JsonNamingPolicy.KebabCaseLower;

    /// <summary>camelCase keys and kebab-case enum values ("political-agreement"), as the JSON Schemas write them.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
        Converters = { new JsonStringEnumConverter(EnumNames, allowIntegerValues: false) },
    };

    /// <summary>An enum value as a file writes it, for messages about file content.</summary>
    public static string Name<T>(T value) where T : struct, Enum => EnumNames.ConvertName(value.ToString());
}
