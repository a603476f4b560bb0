using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeHub.Domain.Records;
using KnowledgeHub.Import.Seed;

namespace KnowledgeHub.Import.Records;

/// <summary>One record given as seed-format JSON, checked against the same JSON Schema as a seed file.</summary>
internal static class SeedInput
{
    public static async Task<(RecordSeed? Seed, IReadOnlyList<RecordProblem> Problems)> ParseAsync(SeedSchemas schemas, RecordKind kind, JsonObject fields)
    {
        var list = SeedKinds.ListOf(kind);
        var document = new JsonObject { [list] = new JsonArray(fields.DeepClone()) };
        var (_, errors) = (await schemas.GetAsync()).Validate("input", document.ToJsonString());
        if (errors.Count > 0)
        {
            return (null, errors.Select(e => RecordProblem.Invalid(e.Field, e.Message)).ToList());
        }

        try
        {
            return ((RecordSeed)fields.Deserialize(SeedKinds.SeedTypeOf(kind), SeedJson.Options)!, []);
        }
        catch (JsonException ex)
        {
            return (null, [RecordProblem.Invalid(ex.Path?.TrimStart('$', '.') ?? "(record)", $"cannot be read: {ex.Message}")]);
        }
    }

    /// <summary>The stored record in seed form with the given fields replaced (a null removes one).</summary>
    public static JsonObject Merge(RecordSeed stored, JsonObject changes)
    {
        var fields = JsonSerializer.SerializeToNode(stored, stored.GetType(), SeedJson.Options)!.AsObject();
        foreach (var (name, value) in changes)
        {
            if (value is null)
            {
                fields.Remove(name);
            }
            else
            {
                fields[name] = value.DeepClone();
            }
        }

        return fields;
    }

    public static Located<RecordSeed> Locate(RecordKind kind, RecordSeed seed) => new(seed, "input", SeedKinds.ListOf(kind), 0, seed.Slug);
}
