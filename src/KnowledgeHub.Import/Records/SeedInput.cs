using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeHub.Domain.Records;
using KnowledgeHub.Import.Seed;

namespace KnowledgeHub.Import.Records;

/// <summary>One typed record document from a mutation, on its way into the import's planner.</summary>
internal static class SeedInput
{
    /// <summary>The field rules a file record meets (lengths, patterns, required fields) hold for a mutation's record too.</summary>
    public static async Task<IReadOnlyList<RecordProblem>> CheckAsync(SeedSchemas schemas, RecordKind kind, RecordSeed seed)
    {
        var record = JsonSerializer.SerializeToNode(seed, seed.GetType(), SeedJson.Options);
        var document = new JsonObject { [SeedKinds.ListOf(kind)] = new JsonArray(record) };
        var (_, errors) = (await schemas.GetAsync()).Validate("input", document.ToJsonString());
        return errors.Select(e => RecordProblem.Invalid(e.Field, e.Message)).ToList();
    }

    /// <summary>The stored record with the named fields taken from <paramref name="given"/> (a null removes one).</summary>
    public static RecordSeed Replace(RecordSeed stored, RecordSeed given, IEnumerable<string> fields)
    {
        var result = stored with { };
        foreach (var name in fields)
        {
            var property = given.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)
                ?? throw new ArgumentException($"a {given.GetType().Name} has no field '{name}'", nameof(fields));
            property.SetValue(result, property.GetValue(given));
        }

        return result;
    }

    public static Located<RecordSeed> Locate(RecordKind kind, RecordSeed seed) => new(seed, "input", SeedKinds.ListOf(kind), 0, seed.Slug);
}
