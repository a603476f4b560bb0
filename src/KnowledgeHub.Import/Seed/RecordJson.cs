using System.Text.Json;

namespace KnowledgeHub.Import.Seed;

/// <summary>Records as compact seed-format JSON: what the change log stores and what imports compare.</summary>
public static class RecordJson
{
    private static readonly JsonSerializerOptions Compact = new(SeedJson.Options) { WriteIndented = false };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, value!.GetType(), Compact);

    public static string Of(Domain.Records.Record record) => Serialize(RecordSeed.Of(record));
}
